package io.github.connectlao.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {

  /** Each record as "line:cell|cell" or "line!problem". */
  static List<String> tokens(byte[] bytes, CsvTokenizer.Limits limits) {
    List<String> out = new ArrayList<>();
    try (CsvTokenizer t = CsvTokenizer.of(new ByteArrayInputStream(bytes), limits)) {
      while (t.next()) {
        if (t.hasProblem()) {
          out.add(t.line() + "!" + t.problemField() + " " + t.problem());
          continue;
        }
        StringBuilder sb = new StringBuilder().append(t.line()).append(':');
        for (int f = 0; f < t.size(); f++) {
          sb.append(f == 0 ? "" : "|").append(t.text(f));
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  static List<String> tokens(String text) {
    return tokens(text.getBytes(StandardCharsets.UTF_8), CsvTokenizer.Limits.DEFAULT);
  }

  @Test
  void everyLineEndAndMixtures() {
    assertThat(tokens("a,b\nc,d\n")).containsExactly("1:a|b", "2:c|d");
    assertThat(tokens("a,b\r\nc,d\r\n")).containsExactly("1:a|b", "2:c|d");
    assertThat(tokens("a,b\rc,d\r")).containsExactly("1:a|b", "2:c|d");
    assertThat(tokens("a,b\rc,d\r\ne,f\ng,h")).containsExactly("1:a|b", "2:c|d", "3:e|f", "4:g|h");
  }

  @Test
  void blankLinesAreSkippedAndCountedIncludingAFirstBlankLine() {
    assertThat(tokens("\n\r\na,b\n\n  \nc,d\n\n")).containsExactly("3:a|b", "6:c|d");
  }

  @Test
  void byteOrderMarkAndSemicolon() {
    assertThat(tokens("\uFEFFa;b;\"c;d\"\n1;2;3")).containsExactly("1:a|b|c;d", "2:1|2|3");
  }

  @Test
  void quotedFieldsWithSeparatorsQuotesAndLineBreaks() {
    assertThat(tokens("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",z\nlast,\"\"\n"))
        .containsExactly("1:a|b", "2:x, y|say \"hi\"", "3:two\r\nlines|z", "5:last|");
  }

  @Test
  void strayQuoteIsReportedAndTheNextRowsKept() {
    assertThat(tokens("a,b\nSom\"chai,1\nc,d\n"))
        .containsExactly(
            "1:a|b",
            "2!0 has a quote inside an unquoted field (write the field between quotes and double the quote)",
            "3:c|d");
  }

  @Test
  void textAfterClosingQuoteIsReported() {
    List<String> t = tokens("a,b\n\"Som\"chai,1\nc,d\n");
    assertThat(t).hasSize(3);
    assertThat(t.get(1)).startsWith("2!0 has text after its closing quote");
    assertThat(t.get(2)).isEqualTo("3:c|d");
  }

  @Test
  void unclosedQuoteIsReportedAtItsLineAndLaterRowsAreKept() {
    List<String> t = tokens("a,b\nc,d\n\"open,1\ne,f\ng,h\n");
    assertThat(t)
        .containsExactly(
            "1:a|b",
            "2:c|d",
            "3!0 opens a quote that is never closed (the file ends inside it); reading resumes on the next line",
            "4:e|f",
            "5:g|h");
  }

  @Test
  void unclosedQuoteClosedByALaterQuoteResumesOnTheNextLine() {
    List<String> t = tokens("a,b\n\"open,1\ne,f\n\"x\",y\n");
    assertThat(t.get(1)).startsWith("2!0 has text after its closing quote");
    assertThat(t.subList(2, t.size())).containsExactly("3:e|f", "4:x|y");
  }

  @Test
  void limitsAreReportedAtTheStartLineAndReadingResumes() {
    CsvTokenizer.Limits small = new CsvTokenizer.Limits(8, 64, 4);
    byte[] text =
        ("a,b\nabcdefghij,1\n1,2,3,4,5\n\""
                + "x".repeat(200)
                + "\nc,d\n"
                + ",".repeat(500)
                + "\ne,f")
            .getBytes(StandardCharsets.UTF_8);
    List<String> t = tokens(text, small);
    assertThat(t).hasSize(7);
    assertThat(t.get(1)).isEqualTo("2!0 is longer than 8 bytes");
    assertThat(t.get(2)).isEqualTo("3!-1 the record has more than 4 fields");
    assertThat(t.get(3)).startsWith("4!-1 the record is longer than 64 bytes");
    assertThat(t.get(4)).isEqualTo("5:c|d");
    assertThat(t.get(5)).startsWith("6!-1");
    assertThat(t.get(6)).isEqualTo("7:e|f");
  }

  @Test
  void aLongLineWithoutLineBreaksIsDiscardedInBoundedMemory() {
    CsvTokenizer.Limits small = new CsvTokenizer.Limits(1024, 4096, 16);
    InputStream endless =
        new InputStream() {
          long left = 50_000_000;

          @Override
          public int read() {
            return left-- > 0 ? ',' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int k = (int) Math.min(len, left);
            Arrays.fill(b, off, off + k, (byte) ',');
            left -= k;
            return k;
          }
        };
    InputStream in =
        new java.io.SequenceInputStream(
            new ByteArrayInputStream("a,b\n".getBytes(StandardCharsets.UTF_8)),
            new java.io.SequenceInputStream(
                endless, new ByteArrayInputStream("\nc,d\n".getBytes(StandardCharsets.UTF_8))));
    List<String> out = new ArrayList<>();
    try (CsvTokenizer t = CsvTokenizer.of(in, small)) {
      while (t.next()) {
        out.add(t.line() + (t.hasProblem() ? "!" : ":" + t.size()));
      }
    }
    assertThat(out).containsExactly("1:2", "2!", "3:2");
  }

  @Test
  void invalidUtf8IsReportedForItsField() {
    byte[] bytes = {'a', ',', 'b', '\n', 'x', ',', (byte) 0xC3, '\n', 'c', ',', 'd'};
    assertThat(tokens(bytes, CsvTokenizer.Limits.DEFAULT))
        .containsExactly("1:a|b", "2!1 holds bytes that are not valid UTF-8", "3:c|d");
    assertThat(tokens("ຊື່,b\nບ້ານ,ເມືອງ")).containsExactly("1:ຊື່|b", "2:ບ້ານ|ເມືອງ");
  }

  @Test
  void emptyTrailingFieldsAndEmptyInput() {
    assertThat(tokens("a,b,\n,,\n")).containsExactly("1:a|b|", "2:||");
    assertThat(tokens("a,b\nc,")).containsExactly("1:a|b", "2:c|");
    assertThat(tokens("a,b\nc,\"d\"")).containsExactly("1:a|b", "2:c|d");
    assertThat(tokens("")).isEmpty();
    assertThat(tokens("\n\n")).isEmpty();
  }

  @Test
  void recordsAcrossBufferBoundaries() {
    StringBuilder sb = new StringBuilder("id,name\r\n");
    List<String> expected = new ArrayList<>();
    expected.add("1:id|name");
    for (int i = 0; i < 20_000; i++) {
      String name = i % 3 == 0 ? "\"a \"\"q\"\" \r\n b\"" : i % 3 == 1 ? "plain" + i : "\"x,y\"";
      sb.append(i).append(',').append(name).append(i % 2 == 0 ? "\r\n" : i % 5 == 1 ? "\r" : "\n");
    }
    List<String> t = tokens(sb.toString());
    assertThat(t).hasSize(20_001);
    long line = 2;
    for (int i = 0; i < 20_000; i++) {
      String name = i % 3 == 0 ? "a \"q\" \r\n b" : i % 3 == 1 ? "plain" + i : "x,y";
      assertThat(t.get(i + 1)).isEqualTo(line + ":" + i + "|" + name);
      line += i % 3 == 0 ? 2 : 1;
    }
  }

  /** Plain fields are scanned eight bytes at a time: every special byte at every offset of a word. */
  @Test
  void aSpecialByteIsFoundAtEveryOffsetOfALongPlainField() {
    for (int p = 0; p < 25; p++) {
      String left = "x".repeat(p);
      String right = "y".repeat(25 - p);
      assertThat(tokens("h,g\n" + left + "," + right + "\n"))
          .as("comma at %d", p)
          .containsExactly("1:h|g", "2:" + left + "|" + right);
      assertThat(tokens("h;g\n" + left + ";" + right + "\n"))
          .as("semicolon at %d", p)
          .containsExactly("1:h|g", "2:" + left + "|" + right);
      assertThat(tokens("h,g\n" + left + ";" + right + ",z\n"))
          .as("other separator at %d", p)
          .containsExactly("1:h|g", "2:" + left + ";" + right + "|z");
      assertThat(tokens("h,g\nq," + left + "\r" + right + "\n"))
          .as("CR at %d", p)
          .containsExactly("1:h|g", "2:q|" + left, "3:" + right);
      assertThat(tokens("h,g\nq," + left + "\u00e9\u0ea5" + right + "\n"))
          .as("non-ASCII at %d", p)
          .containsExactly("1:h|g", "2:q|" + left + "\u00e9\u0ea5" + right);
      if (p > 0) {
        assertThat(tokens("h,g\nq," + left + "\"" + right + "\n"))
            .as("quote at %d", p)
            .containsExactly(
                "1:h|g",
                "2!1 has a quote inside an unquoted field (write the field between quotes and double"
                    + " the quote)");
      }
      byte[] bad = ("h,g\nq," + left + "?" + right + "\n").getBytes(StandardCharsets.UTF_8);
      bad[6 + p] = (byte) 0xFF;
      assertThat(tokens(bad, CsvTokenizer.Limits.DEFAULT))
          .as("invalid UTF-8 at %d", p)
          .containsExactly("1:h|g", "2!1 holds bytes that are not valid UTF-8");
    }
  }
}
