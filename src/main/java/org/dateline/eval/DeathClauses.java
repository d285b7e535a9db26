package org.dateline.eval;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, without looking at the gold number, whether a text states a number of deaths: some
 * clause holds both a death word ("killed", "died", "dead", "deaths", "slain", ...) and a number
 * expression. A number expression is digits (not a year, date, time, age, percentage or money),
 * a number word ("six", "thirty-seven", "a dozen"), "a"/"an" before a person noun with at most
 * two modifiers ("a man", "an elderly farmer", "a 23-year-old"), or "no one"/"nobody"/"none"
 * and "no deaths"/"no casualties".
 *
 * <p>Clauses are the text between sentence ends ({@code . ; ! ?}) and between a comma and a
 * following conjunction or subordinator ("..., and", "..., when", "..., which"). Vague words
 * ("dozens", "several") are not number expressions: their rows cannot be scored as exact.
 *
 * <p>This is the honest denominator of the WAD evaluation: a row whose text states a number other
 * than the gold number stays in it and counts as a miss.
 */
final class DeathClauses {
  private static final Pattern CLAUSE_SPLIT = Pattern.compile(
      "[.;!?](?:\\s+|$)|,\\s+(?=(?:and|but|while|when|after|as|which|who|although|though|before|because|whereas)\\b)");
  private static final Pattern DEATH_WORD = Pattern.compile(
      "\\b(?:kill(?:s|ed|ing)?|dead|die[sd]?|dying|deaths?|deadly|slain|slew|murder(?:s|ed|ing)?|executed|executing"
      + "|beheaded|beheading|massacred?|lynched|perished|fatalit(?:y|ies)|fatally|bodies|body|corpses?|lives"
      + "|assassinated|martyred|drowned|casualties|toll|slaughtered)\\b");
  private static final String PERSON = "(?:man|woman|boy|girl|child|baby|infant|toddler|teenager|teen|youth|person"
      + "|civilian|soldier|officer|policeman|policewoman|trooper|militant|fighter|rebel|insurgent|gunman|guard"
      + "|villager|resident|farmer|herder|worker|driver|student|pupil|teacher|doctor|nurse|journalist|reporter"
      + "|activist|leader|chief|elder|official|member|relative|cleric|imam|priest|pastor|monk|trader|shepherd"
      + "|prisoner|detainee|inmate|hostage|passenger|pilgrim|migrant|refugee|protester|demonstrator|suspect"
      + "|victim|commander|local|worshipper|mother|father|son|daughter|wife|husband|brother|sister|cousin"
      + "|politician|candidate|lawyer|judge|security|employee|contractor|volunteer|tribesman|fisherman"
      + "|[0-9]{1,3}-(?:year|month)-old)";
  private static final Pattern NUMBER = Pattern.compile(
      "\\b(?:an?\\s+(?:[a-z0-9-]{1,25}\\s+){0,2}" + PERSON + "|no(?:\\s+|-)one|nobody|none"
      + "|no\\s+(?:[a-z-]{1,20}\\s+){0,2}(?:casualties|deaths|fatalities)"
      + "|a\\s+dozen|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
      + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
      + "|hundred|thousand)(?:-[a-z]{3,6})?"
      + "|[0-9][0-9,.]{0,12})\\b");
  private static final Pattern MONTH = Pattern.compile(
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}");
  private static final Pattern NOT_A_COUNT_AFTER = Pattern.compile(
      "^(?:-|\\s*(?:%|percent|per cent|years?\\b|months?\\b|days?\\b|hours?\\b|km\\b|kilomet|miles?\\b|am\\b|pm\\b"
      + "|a\\.m|p\\.m|:|st\\b|nd\\b|rd\\b|th\\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))");

  /** "one of the deadliest": a superlative after "one of" counts nothing. */
  private static final Pattern SUPERLATIVE = Pattern.compile("\\s+of\\s+(?:the\\s+)?(?:[a-z-]{1,20}\\s+)?(?:most\\b|worst\\b|[a-z]{2,20}est\\b)");

  private DeathClauses() {}

  /** Returns whether some clause of the text holds both a death word and a number expression. */
  static boolean statesDeaths(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String clause : CLAUSE_SPLIT.split(lower)) {
      if (DEATH_WORD.matcher(clause).find() && hasNumber(clause)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNumber(String clause) {
    Matcher m = NUMBER.matcher(clause);
    while (m.find()) {
      String s = m.group();
      if (!Character.isDigit(s.charAt(0)) || isCount(clause, m.start(), m.end(), s)) {
        if (!(s.equals("one") && SUPERLATIVE.matcher(clause.substring(m.end())).lookingAt())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Digits that are not a year, a date, a time, an age, a percentage, money or a distance. */
  private static boolean isCount(String clause, int start, int end, String digits) {
    char left = start > 0 ? clause.charAt(start - 1) : ' ';
    if (digits.matches("(?:19|20)[0-9]{2}") || left == ':' || left == '/' || left == '-') {
      return false;
    }
    String before = clause.substring(Math.max(0, start - 12), start).trim();
    int space = before.lastIndexOf(' ');
    String previous = space < 0 ? before : before.substring(space + 1);
    if (previous.endsWith("$") || previous.endsWith("#") || MONTH.matcher(previous).matches()
        || previous.equals("no.") || previous.equals("route") || previous.equals("resolution")) {
      return false;
    }
    return !NOT_A_COUNT_AFTER.matcher(clause.substring(end, Math.min(clause.length(), end + 12))).find();
  }

}
