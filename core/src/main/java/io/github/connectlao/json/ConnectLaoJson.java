package io.github.connectlao.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.connectlao.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the connect-lao model as JSON, with a correctly configured Jackson mapper.
 *
 * <pre>{@code
 * ConnectLaoJson json = ConnectLaoJson.standard();
 * String text = json.write(Gazetteer.laoPdr().unit("LA05"));
 * AdminUnit bokeo = json.read(text, AdminUnit.class);   // equal to the unit written
 * }</pre>
 *
 * <p>The mapper has the {@link ConnectLaoModule}, refuses unknown properties (configurable), limits
 * nesting depth, string, number and document length (see {@link Builder}), and never enables
 * polymorphic default typing. {@link #read(String, Class)} and {@link #readList(String, Class)}
 * report every failure as a {@link JsonFormatException} with the JSON path and the reason.
 */
public final class ConnectLaoJson {
  /** Default maximum nesting depth of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** Default maximum length of one string value, in characters (1 MiB). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1 << 20;
  /** Default maximum length of one number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;

  private static final ConnectLaoJson STANDARD = builder().build();

  private final ObjectMapper mapper;
  private final ObjectWriter pretty;

  private ConnectLaoJson(ObjectMapper mapper) {
    this.mapper = mapper;
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    this.pretty = mapper.writer(printer);
  }

  /** @return the instance with the default settings (shared, thread-safe) */
  public static ConnectLaoJson standard() {
    return STANDARD;
  }

  /** @return a builder for other settings */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A new mapper with the default settings, for callers who use Jackson directly. Failures reading
   * a model type surface from it as {@link JsonFormatException} (the module's validation) or as
   * Jackson's own {@link JsonProcessingException} (malformed JSON).
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    return builder().build().mapper.copy();
  }

  /** @return this instance's mapper (do not reconfigure it; take {@link ObjectMapper#copy()}) */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Writes a value compactly.
   *
   * @param value a model value, or a list or map of them
   * @return the JSON text
   * @throws JsonFormatException when the value has no JSON form
   */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new JsonFormatException("$", "cannot be written: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes a value indented by two spaces, with {@code \n} line ends (the golden-file form).
   *
   * @param value a model value, or a list or map of them
   * @return the JSON text
   * @throws JsonFormatException when the value has no JSON form
   */
  public String writePretty(Object value) {
    try {
      return pretty.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new JsonFormatException("$", "cannot be written: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a value.
   *
   * @param <T> the type
   * @param json the JSON text
   * @param type the model type
   * @return the value
   * @throws JsonFormatException naming the path and the reason when the text is not a valid form
   *     of the type
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    try {
      T value = mapper.readValue(json, type);
      if (value == null) {
        throw new JsonFormatException("$", "expected a " + type.getSimpleName() + ", found null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (InvalidValueException e) {
      throw new JsonFormatException("$." + e.field(), e.getMessage(), e);
    }
  }

  /**
   * Reads a JSON array of values.
   *
   * @param <T> the element type
   * @param json the JSON text
   * @param type the model type of the elements
   * @return the values, in order
   * @throws JsonFormatException naming the path (with the element's index) and the reason
   */
  public <T> List<T> readList(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
    if (tree == null || !tree.isArray()) {
      throw new JsonFormatException("$", "expected a JSON array, found " + JsonFields.kind(tree));
    }
    List<T> out = new ArrayList<>(tree.size());
    for (int i = 0; i < tree.size(); i++) {
      try {
        T value = mapper.treeToValue(tree.get(i), type);
        if (value == null) {
          throw new JsonFormatException("$[" + i + "]", "expected a " + type.getSimpleName() + ", found null");
        }
        out.add(value);
      } catch (JsonFormatException e) {
        throw new JsonFormatException("$[" + i + "]" + e.path().substring(1), e.reason(), e);
      } catch (JsonProcessingException e) {
        JsonFormatException t = translate(e);
        throw new JsonFormatException("$[" + i + "]" + t.path().substring(1), t.reason(), e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Reads a JSON array element by element, in constant memory, handing each value to a consumer:
   * for exchanges of many records (a million registrations).
   *
   * @param <T> the element type
   * @param in the JSON text, a top-level array (closed here)
   * @param type the model type of the elements
   * @param each receives each value, in order
   * @return the number of values read
   * @throws JsonFormatException naming the element's index and the reason, at the first bad element
   */
  public <T> long readEach(java.io.Reader in, Class<T> type, java.util.function.Consumer<? super T> each) {
    Objects.requireNonNull(each, "each");
    long i = 0;
    com.fasterxml.jackson.databind.ObjectReader reader = mapper.readerFor(type)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try (in; com.fasterxml.jackson.core.JsonParser p = mapper.createParser(in)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
        throw new JsonFormatException("$", "expected a JSON array, found " + p.currentToken());
      }
      while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
        if (p.currentToken() == null) {
          throw new JsonFormatException("$[" + i + "]", "malformed JSON: the array is not closed");
        }
        T value;
        try {
          value = reader.readValue(p);
        } catch (InvalidValueException e) {
          throw new JsonFormatException("$[" + i + "]." + e.field(), e.getMessage(), e);
        }
        if (value == null) {
          throw new JsonFormatException("$[" + i + "]", "expected a " + type.getSimpleName() + ", found null");
        }
        each.accept(value);
        i++;
      }
      if (p.nextToken() != null) {
        throw new JsonFormatException("$", "malformed JSON: content after the array");
      }
      return i;
    } catch (JsonProcessingException e) {
      JsonFormatException t = translate(e);
      throw new JsonFormatException("$[" + i + "]" + t.path().substring(1), t.reason(), e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Reads a value of a generic type, such as {@code List<AdminUnit>} or {@code Map<String,
   * Source>}.
   *
   * @param <T> the type
   * @param json the JSON text
   * @param type the type
   * @return the value
   * @throws JsonFormatException naming the path and the reason
   */
  public <T> T read(String json, TypeReference<T> type) {
    Objects.requireNonNull(json, "json");
    try {
      T value = mapper.readValue(json, type);
      if (value == null) {
        throw new JsonFormatException("$", "expected a value, found null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (InvalidValueException e) {
      throw new JsonFormatException("$." + e.field(), e.getMessage(), e);
    }
  }

  /** Turns Jackson's failure into ours: the path, and a reason that never echoes a raw token. */
  static JsonFormatException translate(JsonProcessingException e) {
    String path = "$";
    if (e instanceof JsonMappingException) {
      StringBuilder sb = new StringBuilder("$");
      for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
        if (r.getIndex() >= 0) {
          sb.append('[').append(r.getIndex()).append(']');
        } else if (r.getFieldName() != null) {
          sb.append('.').append(r.getFieldName());
        }
      }
      path = sb.toString();
    }
    String reason = String.valueOf(e.getOriginalMessage());
    // Jackson quotes unrecognised tokens, which may be personal data: leave them out
    reason = reason.replaceAll("(?s)Unrecognized token '.*?'", "unrecognised token");
    reason = reason.replaceAll("(?s)\\s*at \\[Source.*", "");
    if (reason.length() > 300) {
      reason = reason.substring(0, 297) + "...";
    }
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      reason = reason + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
    return new JsonFormatException(path, "malformed JSON: " + reason, e);
  }

  /** Settings of a {@link ConnectLaoJson}. */
  public static final class Builder {
    private boolean rejectUnknownProperties = true;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private long maxDocumentLength = -1;

    private Builder() {}

    /**
     * @param reject whether a property the form does not define is an error (default true)
     * @return this builder
     */
    public Builder rejectUnknownProperties(boolean reject) {
      this.rejectUnknownProperties = reject;
      return this;
    }

    /**
     * @param depth the deepest nesting of objects and arrays accepted (default 64)
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      InvalidValueException.check(depth >= 4, "maxNestingDepth", depth, "must be at least 4");
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * @param length the longest string value accepted, in characters (default 1 MiB)
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      InvalidValueException.check(length >= 1024, "maxStringLength", length, "must be at least 1024");
      this.maxStringLength = length;
      return this;
    }

    /**
     * @param length the longest document accepted, in bytes or characters; -1 for no limit (default)
     * @return this builder
     */
    public Builder maxDocumentLength(long length) {
      InvalidValueException.check(length == -1 || length >= 1024, "maxDocumentLength", length,
          "must be -1 (no limit) or at least 1024");
      this.maxDocumentLength = length;
      return this;
    }

    /** @return the configured instance */
    public ConnectLaoJson build() {
      StreamReadConstraints read = StreamReadConstraints.builder()
          .maxNestingDepth(maxNestingDepth)
          .maxStringLength(maxStringLength)
          .maxNumberLength(maxNumberLength)
          .maxDocumentLength(maxDocumentLength)
          .build();
      StreamWriteConstraints write = StreamWriteConstraints.builder().maxNestingDepth(maxNestingDepth).build();
      JsonFactory factory = JsonFactory.builder()
          .streamReadConstraints(read)
          .streamWriteConstraints(write)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();
      ObjectMapper mapper = JsonMapper.builder(factory)
          .addModule(new ConnectLaoModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, rejectUnknownProperties)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.WRAP_EXCEPTIONS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(MapperFeature.AUTO_DETECT_CREATORS)
          .build();
      return new ConnectLaoJson(mapper);
    }
  }

}
