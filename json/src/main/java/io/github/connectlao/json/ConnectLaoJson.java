package io.github.connectlao.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.connectlao.InvalidValueException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the connect-lao model as JSON, with a correctly configured Jackson mapper.
 *
 * <pre>{@code
 * ConnectLaoJson json = ConnectLaoJson.standard();
 * String text = json.write(Gazetteer.laoPdr().unit("LA05"));
 * AdminUnit bokeo = json.read(text, AdminUnit.class);   // equal to the unit written
 * }</pre>
 *
 * <p>The mapper has the {@link ConnectLaoModule}; it ignores properties a form does not define
 * (so that a reader keeps working when a minor release adds one; {@link Builder#strict()} refuses
 * them), refuses duplicate keys, limits nesting depth, string, number, document and element length
 * (see {@link Builder}), and never enables polymorphic default typing. {@link #read(String, Class)},
 * {@link #readList(String, Class)} and {@link #readEach(Reader, Class, Consumer)} report every
 * failure caused by the input as a {@link JsonFormatException} with the JSON path and the reason,
 * whose message and cause chain never echo a value of the document.
 */
public final class ConnectLaoJson {
  /** Default maximum nesting depth of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default maximum length of one string value, in characters (1 MiB). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1 << 20;

  /** Maximum length of one number, in characters (digits, sign, point and exponent). */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;

  /**
   * Default maximum length of a document read whole by {@code read} and {@code readList}, in
   * characters (32 MiB); {@code readEach} streams, and limits each element instead.
   */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 32L << 20;

  /** Default maximum length of one element of the array read by {@code readEach}, in characters (1 MiB). */
  public static final int DEFAULT_MAX_ELEMENT_LENGTH = 1 << 20;

  private static final ConnectLaoJson STANDARD = builder().build();

  private final ObjectMapper mapper;
  private final JsonFactory streaming;
  private final ObjectWriter pretty;
  private final int maxElementLength;
  private final long maxDocumentLength;

  private ConnectLaoJson(
      ObjectMapper mapper, JsonFactory streaming, int maxElementLength, long maxDocumentLength) {
    this.mapper = mapper;
    this.streaming = streaming;
    this.maxElementLength = maxElementLength;
    this.maxDocumentLength = maxDocumentLength;
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
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
   * Jackson's own {@link JsonProcessingException} (malformed JSON, whose message may quote the
   * document: do not log it where the document holds personal data).
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
      throw new JsonFormatException("$", "cannot be written: " + sanitise(e.getOriginalMessage()));
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
      throw new JsonFormatException("$", "cannot be written: " + sanitise(e.getOriginalMessage()));
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
   *     of the type, or exceeds a limit of the {@link Builder}
   */
  public <T> T read(String json, Class<T> type) {
    InvalidValueException.required(json, "json");
    InvalidValueException.required(type, "type");
    return read(json, mapper.readerFor(type), type.getSimpleName());
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
    InvalidValueException.required(json, "json");
    InvalidValueException.required(type, "type");
    return read(json, mapper.readerFor(type), "value");
  }

  /** Jackson checks the document length while it loads input, so not for a text already in memory. */
  private void checkLength(String json) {
    if (maxDocumentLength >= 0 && json.length() > maxDocumentLength) {
      throw new JsonFormatException(
          "$",
          "malformed JSON: Document length ("
              + json.length()
              + ") exceeds the maximum allowed ("
              + maxDocumentLength
              + ", see ConnectLaoJson.Builder.maxDocumentLength)");
    }
  }

  @SuppressWarnings(
      "TypeParameterUnusedInFormals") // private: each caller's reader is made for its T
  private <T> T read(String json, ObjectReader reader, String what) {
    checkLength(json);
    try {
      T value = reader.readValue(json);
      if (value == null) {
        throw new JsonFormatException("$", "expected a " + what + ", found null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (InvalidValueException e) {
      throw new JsonFormatException("$." + e.field(), e.getMessage(), e);
    } catch (NumberFormatException | ArithmeticException e) {
      throw unrepresentableNumber("$", e);
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
    InvalidValueException.required(json, "json");
    InvalidValueException.required(type, "type");
    checkLength(json);
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (NumberFormatException | ArithmeticException e) {
      throw unrepresentableNumber("$", e);
    }
    if (tree == null || !tree.isArray()) {
      throw new JsonFormatException("$", "expected a JSON array, found " + JsonFields.kind(tree));
    }
    List<T> out = new ArrayList<>(tree.size());
    for (int i = 0; i < tree.size(); i++) {
      String at = "$[" + i + "]";
      try {
        T value = mapper.treeToValue(tree.get(i), type);
        if (value == null) {
          throw new JsonFormatException(at, "expected a " + type.getSimpleName() + ", found null");
        }
        out.add(value);
      } catch (JsonFormatException e) {
        throw e.path().startsWith(at)
            ? e
            : new JsonFormatException(at + e.path().substring(1), e.reason(), e);
      } catch (JsonProcessingException e) {
        JsonFormatException t = translate(e);
        throw new JsonFormatException(at + t.path().substring(1), t.reason(), t.getCause());
      } catch (InvalidValueException e) {
        throw new JsonFormatException(at + "." + e.field(), e.getMessage(), e);
      } catch (NumberFormatException | ArithmeticException e) {
        throw unrepresentableNumber(at, e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Reads a JSON array element by element, in memory bounded by one element, handing each value to
   * a consumer: for exchanges of many records (a million registrations). The document may be of
   * any length; each element is limited to {@link Builder#maxElementLength(int)} characters.
   *
   * @param <T> the element type
   * @param in the JSON text, a top-level array (closed here)
   * @param type the model type of the elements
   * @param each receives each value, in order
   * @return the number of values read
   * @throws JsonFormatException naming the element's index and the reason, at the first bad element
   * @throws UncheckedIOException when the reader itself fails (a disk error)
   */
  public <T> long readEach(Reader in, Class<T> type, Consumer<? super T> each) {
    InvalidValueException.required(in, "in");
    InvalidValueException.required(type, "type");
    InvalidValueException.required(each, "each");
    long i = 0;
    ObjectReader reader =
        mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    ElementBoundedReader bounded = new ElementBoundedReader(in, maxElementLength);
    try (bounded;
        JsonParser p = streaming.createParser(bounded)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new JsonFormatException(
            "$", "expected a JSON array, found " + tokenKind(p.currentToken()));
      }
      while (true) {
        bounded.startElement(p.currentLocation().getCharOffset());
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          break;
        }
        if (t == null) {
          throw new JsonFormatException("$[" + i + "]", "malformed JSON: the array is not closed");
        }
        T value;
        try {
          value = reader.readValue(p);
        } catch (InvalidValueException e) {
          throw new JsonFormatException("$[" + i + "]." + e.field(), e.getMessage(), e);
        } catch (JsonFormatException e) {
          throw e.path().startsWith("$[" + i + "]")
              ? e
              : new JsonFormatException("$[" + i + "]" + e.path().substring(1), e.reason(), e);
        }
        if (value == null) {
          throw new JsonFormatException(
              "$[" + i + "]", "expected a " + type.getSimpleName() + ", found null");
        }
        each.accept(value);
        i++;
      }
      if (p.nextToken() != null) {
        throw new JsonFormatException("$", "malformed JSON: content after the array");
      }
      return i;
    } catch (ElementTooLongException e) {
      throw new JsonFormatException(
          "$[" + i + "]",
          "element longer than "
              + maxElementLength
              + " characters (the limit of readEach; see ConnectLaoJson.Builder.maxElementLength)");
    } catch (JsonProcessingException e) {
      JsonFormatException t = translate(e);
      throw new JsonFormatException(
          "$[" + i + "]" + t.path().substring(1), t.reason(), t.getCause());
    } catch (NumberFormatException | ArithmeticException e) {
      throw unrepresentableNumber("$[" + i + "]", e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          new IOException(
              "reading the JSON array failed at element "
                  + i
                  + ": "
                  + e.getClass().getSimpleName()));
    }
  }

  private static String tokenKind(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "malformed JSON";
    };
  }

  private static JsonFormatException unrepresentableNumber(String path, RuntimeException e) {
    return new JsonFormatException(
        path,
        "a number cannot be represented (its exponent is out of range)",
        JsonFormatException.sanitisedCause(e, "number out of range"));
  }

  private static final Pattern QUOTED =
      Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"", Pattern.DOTALL);

  /**
   * Removes every quoted part of a Jackson message (a token, a string or a property of the
   * document: possibly personal data), except the JSON literals and single characters.
   */
  static String sanitise(String message) {
    String m = String.valueOf(message);
    m = m.replaceAll("(?s)\\s*at \\[Source.*", "");
    Matcher q = QUOTED.matcher(m);
    StringBuilder out = new StringBuilder();
    while (q.find()) {
      String inner = q.group().substring(1, q.group().length() - 1);
      boolean keep =
          inner.length() <= 1
              || inner.equals("null")
              || inner.equals("true")
              || inner.equals("false");
      q.appendReplacement(out, Matcher.quoteReplacement(keep ? q.group() : "'…'"));
    }
    q.appendTail(out);
    m = out.toString().replace("Unrecognized token '…'", "unrecognised token");
    if (m.length() > 300) {
      m = m.substring(0, 297) + "...";
    }
    return m;
  }

  /**
   * Turns Jackson's failure into ours: the path, and a reason that never echoes a value of the
   * document. The cause keeps Jackson's stack trace (where the parser stopped) but not its message.
   */
  static JsonFormatException translate(JsonProcessingException e) {
    String path = "$";
    if (e instanceof JsonMappingException mapping) {
      StringBuilder sb = new StringBuilder("$");
      for (JsonMappingException.Reference r : mapping.getPath()) {
        if (r.getIndex() >= 0) {
          sb.append('[').append(r.getIndex()).append(']');
        } else if (r.getFieldName() != null) {
          sb.append('.').append(JsonFields.cut(r.getFieldName()));
        }
      }
      path = sb.toString();
    } else if (e.getProcessor() instanceof JsonParser) {
      try {
        path =
            ConnectLaoModule.path(
                ((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer());
      } catch (RuntimeException ignored) {
        path = "$";
      }
    }
    String reason = sanitise(e.getOriginalMessage());
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      reason = reason + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
    String full = "malformed JSON: " + reason;
    return new JsonFormatException(path, full, JsonFormatException.sanitisedCause(e, full));
  }

  /** Thrown by {@link ElementBoundedReader} when one element of an array exceeds its limit. */
  private static final class ElementTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    ElementTooLongException() {
      super("element too long");
    }
  }

  /**
   * Counts the characters handed to the parser and refuses to hand more than the limit (plus one
   * parser buffer) past the start of the current element, so that one huge element cannot exhaust
   * memory.
   */
  private static final class ElementBoundedReader extends FilterReader {
    private static final int SLACK = 16 * 1024;
    private final long limit;
    private long delivered;
    private long elementStart;

    ElementBoundedReader(Reader in, int limit) {
      super(in);
      this.limit = limit;
    }

    void startElement(long charOffset) {
      elementStart = charOffset < 0 ? delivered : charOffset;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (delivered - elementStart > limit + SLACK) {
        throw new ElementTooLongException();
      }
      int n = super.read(buf, off, len);
      if (n > 0) {
        delivered += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("skip is not supported");
    }
  }

  /** Settings of a {@link ConnectLaoJson}. */
  public static final class Builder {
    private boolean rejectUnknownProperties = false;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxElementLength = DEFAULT_MAX_ELEMENT_LENGTH;

    private Builder() {}

    /**
     * @param reject whether a property the form does not define is an error (default false: it is
     *     ignored, so that a reader of this version reads what a later minor version writes)
     * @return this builder
     */
    public Builder rejectUnknownProperties(boolean reject) {
      this.rejectUnknownProperties = reject;
      return this;
    }

    /**
     * Strict mode: a property the form does not define is an error (same as {@code
     * rejectUnknownProperties(true)}); for validating a document against this version's forms.
     *
     * @return this builder
     */
    public Builder strict() {
      return rejectUnknownProperties(true);
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
      InvalidValueException.check(
          length >= 1024, "maxStringLength", length, "must be at least 1024");
      this.maxStringLength = length;
      return this;
    }

    /**
     * @param length the longest document {@code read} and {@code readList} accept, in characters
     *     (default 32 MiB); -1 for no limit
     * @return this builder
     */
    public Builder maxDocumentLength(long length) {
      InvalidValueException.check(
          length == -1 || length >= 1024,
          "maxDocumentLength",
          length,
          "must be -1 (no limit) or at least 1024");
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * @param length the longest element of the array {@code readEach} streams, in characters
     *     (default 1 MiB; the refusal comes at most 16 K characters past the limit)
     * @return this builder
     */
    public Builder maxElementLength(int length) {
      InvalidValueException.check(
          length >= 1024, "maxElementLength", length, "must be at least 1024");
      this.maxElementLength = length;
      return this;
    }

    /** @return the configured instance */
    public ConnectLaoJson build() {
      JsonFactory whole = factory(maxDocumentLength);
      JsonFactory streaming = factory(-1);
      ObjectMapper mapper =
          JsonMapper.builder(whole)
              .addModule(new ConnectLaoModule())
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, rejectUnknownProperties)
              .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
              .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
              .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
              .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
              .disable(DeserializationFeature.WRAP_EXCEPTIONS)
              .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
              .disable(MapperFeature.AUTO_DETECT_CREATORS)
              .build();
      return new ConnectLaoJson(mapper, streaming, maxElementLength, maxDocumentLength);
    }

    private JsonFactory factory(long documentLength) {
      StreamReadConstraints read =
          StreamReadConstraints.builder()
              .maxNestingDepth(maxNestingDepth)
              .maxStringLength(maxStringLength)
              .maxNumberLength(DEFAULT_MAX_NUMBER_LENGTH)
              .maxNameLength(Math.min(maxStringLength, 64 * 1024))
              .maxDocumentLength(documentLength)
              .build();
      StreamWriteConstraints write =
          StreamWriteConstraints.builder().maxNestingDepth(maxNestingDepth).build();
      return JsonFactory.builder()
          .streamReadConstraints(read)
          .streamWriteConstraints(write)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();
    }
  }
}
