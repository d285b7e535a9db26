package org.dateline.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.Claim;
import org.dateline.model.DateMention;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.Report;
import org.dateline.model.Source;
import org.dateline.model.TextSpan;
import org.dateline.model.TimeInterval;
import org.dateline.model.TimeValue;
import org.dateline.model.Timeline;
import org.dateline.model.Toll;

/**
 * The Jackson module for Dateline's model: registers a serializer and a deserializer for every type
 * of {@code org.dateline.model}, which carry no Jackson annotations of their own.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new DatelineModule());
 * String json = mapper.writeValueAsString(extraction);
 * }</pre>
 *
 * <p>The module is also found by {@link java.util.ServiceLoader}, so
 * {@code mapper.findAndRegisterModules()} registers a default one.
 *
 * <h2>The JSON shapes</h2>
 * Every member of a shape is always written; an absent optional value is written as {@code null},
 * and on reading a missing member and a {@code null} one mean the same. Unknown members are
 * ignored. Date-times are ISO offset date-times with seconds always written
 * ({@code 2026-03-10T00:00:00+03:00}), with the zone id beside them under {@code zone}.
 * <ul>
 * <li>{@link TextSpan}: {@code {"text", "begin", "end"}}, UTF-16 offsets, end exclusive.
 * <li>{@link Source}: {@code "Reuters"}, or {@code {"outlet", "url"}} when the address is known.
 * <li>{@link TimeValue}: its TIMEX3 value, {@code "2026-03-10"}.
 * <li>{@link TimeInterval}: {@code {"start", "end_exclusive", "zone"}} (plus {@code end_zone} if the
 *     end is seen in another zone).
 * <li>{@link DateMention}: {@code {"text", "begin", "end", "type", "value", "granularity", "start",
 *     "end_exclusive", "zone", "mod", "problem", "rule"}}; {@code end} is the text offset,
 *     {@code end_exclusive} the interval's end.
 * <li>{@link CasualtyCount}: {@code {"qualifier", "value", "min", "max", "word"}}.
 * <li>{@link CasualtyFigure}: {@code {"text", "begin", "end", "category"}}, the count's members,
 *     then {@code {"who", "claimedBy", "role", "rule", "restated"}}, {@code restated} an array of
 *     {@link TextSpan}s (empty when the report tells the figure once).
 * <li>{@link Claim}: {@code {"report", "published"}} and the figure's members.
 * <li>{@link Toll}: {@code {"category", "low", "best", "high", "figures"}}, the figures being its claims.
 * <li>{@link Event}: {@code {"id", "type", "date", "place", "actors", "casualties", "claims",
 *     "reports", "trigger"}}, where {@code casualties} maps a category to its toll (without
 *     {@code category}).
 * <li>{@link Report}: {@code {"id", "published", "zone", "source", "language", "text"}}; on reading,
 *     {@code published} may also be a date ({@code 2026-03-11}: the start of that day in
 *     {@code zone}, or UTC), and {@code zone}, {@code source}, {@code language} may be left out.
 * <li>{@link Extraction}: the report's members (its {@code text} only with
 *     {@link DatelineFeature#INCLUDE_TEXT}), then {@code "dates"}, {@code "casualties"}, {@code "events"}.
 * </ul>
 * Enums are written by their {@code jsonName()} ({@code killed}, {@code at_least}, {@code total},
 * {@code attack}); {@link org.dateline.model.Granularity} in lower case ({@code day},
 * {@code part_of_day}); {@link org.dateline.model.TimexType} and {@link org.dateline.model.TimexMod}
 * in their TIMEX3 spelling ({@code DATE}, {@code APPROX}); {@link org.dateline.model.Season} and
 * {@link org.dateline.model.PartOfDay} by their TIMEX3 codes ({@code SU}, {@code TNI}). The same
 * names serve when the enums are keys of a map of the user's own ({@code {"killed": 3}}).
 *
 * <p>Bad input fails with a {@link com.fasterxml.jackson.databind.JsonMappingException} whose
 * message names the type and the field, such as {@code Cannot read Report: missing required field 'text'}.
 *
 * <p>Immutable and thread-safe. Modules with different features have different
 * {@link #getTypeId() type ids}, so a configured module registered after a discovered default one
 * is not ignored as a duplicate; the module registered last wins.
 */
public final class DatelineModule extends Module {
  private static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "org.dateline", "dateline");

  private final Set<DatelineFeature> features;

  /** Returns a module with every feature at its default. */
  public DatelineModule() {
    this(defaults());
  }

  private DatelineModule(Set<DatelineFeature> features) {
    this.features = Sets.immutableEnumSet(features);
  }

  /**
   * Returns a copy of this module with {@code feature} on.
   *
   * @param feature the feature, not null
   * @return the copy
   */
  public DatelineModule with(DatelineFeature feature) {
    requireNonNull(feature, "feature");
    EnumSet<DatelineFeature> f = EnumSet.noneOf(DatelineFeature.class);
    f.addAll(features);
    f.add(feature);
    return new DatelineModule(f);
  }

  /**
   * Returns a copy of this module with {@code feature} off.
   *
   * @param feature the feature, not null
   * @return the copy
   */
  public DatelineModule without(DatelineFeature feature) {
    requireNonNull(feature, "feature");
    EnumSet<DatelineFeature> f = EnumSet.noneOf(DatelineFeature.class);
    f.addAll(features);
    f.remove(feature);
    return new DatelineModule(f);
  }

  /**
   * Returns whether {@code feature} is on.
   *
   * @param feature the feature, not null
   * @return true if it is on
   */
  public boolean isEnabled(DatelineFeature feature) {
    return features.contains(requireNonNull(feature, "feature"));
  }

  /** Returns {@code "DatelineModule"}. */
  @Override
  public String getModuleName() {
    return "DatelineModule";
  }

  /** Returns the module's version. */
  @Override
  public Version version() {
    return VERSION;
  }

  /** Returns an id that tells modules with different features apart. */
  @Override
  public Object getTypeId() {
    return getClass().getName() + features;
  }

  /** Registers the serializers and deserializers with the mapper being set up. */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers s = new SimpleSerializers();
    SimpleDeserializers d = new SimpleDeserializers();
    SimpleSerializers keys = new SimpleSerializers();
    SimpleKeyDeserializers keyReaders = new SimpleKeyDeserializers();
    add(s, d, TextSpan.class, TextSpanJson::writeFields, TextSpanJson::read);
    s.addSerializer(Source.class, new SourceJson());
    d.addDeserializer(Source.class, new TreeDeserializer<>(Source.class, SourceJson::read));
    s.addSerializer(TimeValue.class, new TimeValueJson());
    d.addDeserializer(TimeValue.class, new TreeDeserializer<>(TimeValue.class, TimeValueJson::read));
    add(s, d, TimeInterval.class, TimeIntervalJson::writeFields, TimeIntervalJson::read);
    add(s, d, DateMention.class, DateMentionJson::writeFields, DateMentionJson::read);
    add(s, d, CasualtyCount.class, CasualtyCountJson::writeFields, CasualtyCountJson::read);
    add(s, d, CasualtyFigure.class, CasualtyFigureJson::writeFields, CasualtyFigureJson::read);
    add(s, d, Claim.class, ClaimJson::writeFields, ClaimJson::read);
    add(s, d, Toll.class, TollJson::writeFields, TollJson::read);
    add(s, d, Event.class, EventJson::writeFields, EventJson::read);
    add(s, d, Timeline.class, TimelineJson::writeFields, TimelineJson::read);
    add(s, d, Report.class, ReportJson::writeFields, ReportJson::read);
    add(s, d, Extraction.class, ExtractionJson.writer(features.contains(DatelineFeature.INCLUDE_TEXT)),
        ExtractionJson::read);
    for (EnumJson<?> e : new EnumJson<?>[] {EnumJson.CATEGORY, EnumJson.QUALIFIER, EnumJson.ROLE,
        EnumJson.EVENT_TYPE, EnumJson.GRANULARITY, EnumJson.TIMEX_TYPE, EnumJson.TIMEX_MOD, EnumJson.SEASON,
        EnumJson.PART_OF_DAY}) {
      e.register(s, d, keys, keyReaders);
    }
    context.addSerializers(s);
    context.addDeserializers(d);
    context.addKeySerializers(keys);
    context.addKeyDeserializers(keyReaders);
  }

  private static <T> void add(SimpleSerializers s, SimpleDeserializers d, Class<T> type,
      ObjectSerializer.FieldWriter<T> writer, TreeDeserializer.NodeReader<T> reader) {
    s.addSerializer(type, new ObjectSerializer<>(type, writer));
    d.addDeserializer(type, new TreeDeserializer<>(type, reader));
  }

  private static Set<DatelineFeature> defaults() {
    EnumSet<DatelineFeature> f = EnumSet.noneOf(DatelineFeature.class);
    for (DatelineFeature x : DatelineFeature.values()) {
      if (x.enabledByDefault()) {
        f.add(x);
      }
    }
    return f;
  }
}
