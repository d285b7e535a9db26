package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CountQualifier;
import org.dateline.model.EventType;
import org.dateline.model.FigureRole;
import org.dateline.model.Granularity;
import org.dateline.model.PartOfDay;
import org.dateline.model.Season;
import org.dateline.model.TimexMod;
import org.dateline.model.TimexType;

/**
 * The JSON names of the model's enums: {@code jsonName()} where the enum has one, lower case for
 * {@link Granularity}, the TIMEX3 spelling for {@link TimexType}, {@link TimexMod}, {@link Season}
 * and {@link PartOfDay}.
 */
final class EnumJson<E extends Enum<E>> {
  static final EnumJson<CasualtyCategory> CATEGORY =
      new EnumJson<>(CasualtyCategory.class, CasualtyCategory::jsonName);
  static final EnumJson<CountQualifier> QUALIFIER = new EnumJson<>(CountQualifier.class, CountQualifier::jsonName);
  static final EnumJson<FigureRole> ROLE = new EnumJson<>(FigureRole.class, FigureRole::jsonName);
  static final EnumJson<EventType> EVENT_TYPE = new EnumJson<>(EventType.class, EventType::jsonName);
  static final EnumJson<Granularity> GRANULARITY =
      new EnumJson<>(Granularity.class, g -> g.name().toLowerCase(Locale.ROOT));
  static final EnumJson<TimexType> TIMEX_TYPE = new EnumJson<>(TimexType.class, TimexType::name);
  static final EnumJson<TimexMod> TIMEX_MOD = new EnumJson<>(TimexMod.class, TimexMod::name);
  static final EnumJson<Season> SEASON = new EnumJson<>(Season.class, Season::code);
  static final EnumJson<PartOfDay> PART_OF_DAY = new EnumJson<>(PartOfDay.class, p -> "T" + p.code());

  private final Class<E> type;
  private final ImmutableMap<E, String> names;
  private final ImmutableMap<String, E> byName;

  private EnumJson(Class<E> type, Function<E, String> name) {
    this.type = type;
    ImmutableMap.Builder<E, String> n = ImmutableMap.builder();
    ImmutableMap.Builder<String, E> b = ImmutableMap.builder();
    for (E e : type.getEnumConstants()) {
      n.put(e, name.apply(e));
      b.put(name.apply(e), e);
    }
    this.names = n.buildOrThrow();
    this.byName = b.buildOrThrow();
  }

  /** Returns the JSON name of {@code value}. */
  String name(E value) {
    return names.get(value);
  }

  /** Returns the constant named {@code text}, failing with a message that lists the names allowed. */
  E parse(DeserializationContext ctxt, Class<?> owner, String field, String text) throws JsonMappingException {
    E e = byName.get(text);
    if (e == null) {
      throw Fields.fail(ctxt, owner, "field '" + field + "' must be one of " + byName.keySet() + ", not '" + text + "'");
    }
    return e;
  }

  /** Writes the constant by its JSON name, as a value or, for {@code key}, as a map key. */
  StdSerializer<E> serializer(boolean key) {
    return new StdSerializer<E>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(E value, JsonGenerator g, SerializerProvider provider) throws IOException {
        if (key) {
          g.writeFieldName(name(value));
        } else {
          g.writeString(name(value));
        }
      }
    };
  }

  StdDeserializer<E> deserializer() {
    return new StdDeserializer<E>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          throw Fields.fail(ctxt, type, "expected a string, not " + p.currentToken());
        }
        E e = byName.get(p.getText());
        if (e == null) {
          throw Fields.fail(ctxt, type, "must be one of " + byName.keySet() + ", not '" + p.getText() + "'");
        }
        return e;
      }
    };
  }

  /** Reads the constant from a map key, failing with a message that lists the names allowed. */
  KeyDeserializer keyDeserializer() {
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        E e = byName.get(key);
        if (e == null) {
          return ctxt.handleWeirdKey(type, key, "must be one of %s", byName.keySet());
        }
        return e;
      }
    };
  }

  void register(SimpleSerializers s, SimpleDeserializers d, SimpleSerializers keys, SimpleKeyDeserializers keyReaders) {
    s.addSerializer(type, serializer(false));
    d.addDeserializer(type, deserializer());
    keys.addSerializer(type, serializer(true));
    keyReaders.addDeserializer(type, keyDeserializer());
  }
}
