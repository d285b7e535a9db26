package org.dateline.rules.casualty.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "zero | 0", "one | 1", "six | 6", "twelve | 12", "nineteen | 19", "twenty | 20",
      "thirty-seven | 37", "thirty seven | 37", "Thirty-Seven | 37", "ninety-nine | 99",
      "a hundred | 100", "one hundred | 100", "one hundred and twenty-three | 123",
      "one hundred twenty-three | 123", "two hundred and five | 205", "a thousand | 1000",
      "one thousand five hundred | 1500", "two thousand and ten | 2010", "a million | 1000000",
      "three million | 3000000", "a dozen | 12", "two dozen | 24", "three dozen | 36",
      "37 | 37", "50.000 | 50000", "1.250.000 | 1250000", "1,200 | 1200", "12,345,678 | 12345678", "247 025 | 247025", "1 200 000 | 1200000",
      "1.5 million | 1500000", "1.2 million | 1200000", "2 million | 2000000", "3 thousand | 3000",
      "0.5 million | 500000", "twenty-one thousand | 21000", "five hundred thousand | 500000",
      "1.5m | 1500000", "2m | 2000000", "1.2mn | 1200000", "2bn | 2000000000", "0.25m | 250000",
      "2 lakh | 200000", "1.5 lakh | 150000", "two lakh | 200000", "1.2 crore | 12000000", "2,50,000 | 250000",
      "12,00,000 | 1200000", "1,25,50,000 | 12550000"})
  void readsNumbers(String text, long expected) {
    assertEquals(OptionalLong.of(expected), NumberWords.parse(text));
  }

  @ParameterizedTest(name = "not one number: {0}")
  @ValueSource(strings = {
      "", "a", "and", "five six", "twenty twenty", "thirty-seven-year-old", "hundred", "dozen",
      "thousand thousand", "one and", "1,20", "12,34", "1.5", "1.2345", "12.25", "1.2.3 million", "million million",
      "a a hundred", "twelve thirteen", "one hundred hundred", "the", "F-16", "ninety ten",
      "1.23456789 thousand", "m", "1.5.2m", "1,500m", "1.255m", "12345m", "from", "5km", "1.5 m",
      "2,5,000", "12,000,00", "123,45,000", "lakh"})
  void refusesNonNumbers(String text) {
    assertEquals(OptionalLong.empty(), NumberWords.parse(text));
  }

  @ParameterizedTest(name = "bounded: {0}")
  @ValueSource(strings = {
      "99999999999999999999", "1,000,000,000,000,000", "999 999 999 999 999",
      "a billion billion", "nine hundred ninety-nine billion thousand", "1e9 million",
      "12345678901234 million", "999,999,999,999 million"})
  void refusesAbsurdlyLargeNumbers(String text) {
    assertEquals(OptionalLong.empty(), NumberWords.parse(text));
  }

  @org.junit.jupiter.api.Test
  void readsTheLargestAllowedValue() {
    assertEquals(OptionalLong.of(NumberWords.MAX), NumberWords.parse("1,000,000,000,000"));
    assertEquals(OptionalLong.of(999_000_000_000L), NumberWords.parse("nine hundred ninety-nine billion"));
  }
}
