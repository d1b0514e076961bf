package io.github.connectlao.examples.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import io.github.connectlao.csv.CsvWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;

/**
 * Where the report goes: a readable summary on the terminal, and an output folder with
 * {@code report.md}, one CSV and one JSON file per table, and PNG charts.
 */
public final class ReportOutput {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final int MAX_TERMINAL_ROWS = 25;
  private static final int MAX_TERMINAL_CELL = 60;

  private final Path dir;
  private final PrintStream terminal;
  private final Lang lang;
  private final boolean charts;
  private final StringBuilder markdown = new StringBuilder();
  private final List<Path> files = new ArrayList<>();
  private final List<String> todos = new ArrayList<>();

  /**
   * Creates the output; makes the folder.
   *
   * @param dir the output folder
   * @param terminal the terminal
   * @param lang the language of names
   * @param charts whether charts are drawn
   * @throws UsageException when the folder cannot be created
   */
  public ReportOutput(Path dir, PrintStream terminal, Lang lang, boolean charts) {
    this.dir = dir;
    this.terminal = terminal;
    this.lang = lang;
    this.charts = charts;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UsageException("--out: cannot create folder '" + dir + "': " + e.getMessage());
    }
  }

  /** @return the language for chart labels: English when the Lao font could not be loaded */
  public Lang chartLang() {
    return Charts.laoAvailable() ? lang : Lang.EN;
  }

  /**
   * The language of chart titles and axis titles: as {@link #chartLang()}, but English alone when
   * both languages are asked for (a title in two scripts does not fit the chart's width; the
   * category labels still carry both names).
   *
   * @return the language for chart titles
   */
  public Lang titleLang() {
    Lang l = chartLang();
    return l == Lang.BOTH ? Lang.EN : l;
  }

  /**
   * The report's title.
   *
   * @param text the title
   */
  public void title(String text) {
    terminal.println(text);
    terminal.println("=".repeat(TextWidth.of(text)));
    markdown.append("# ").append(text).append("\n\n");
  }

  /**
   * Starts a section.
   *
   * @param text the heading
   */
  public void heading(String text) {
    terminal.println();
    terminal.println(text);
    terminal.println("-".repeat(TextWidth.of(text)));
    markdown.append("\n## ").append(text).append("\n\n");
  }

  /**
   * A paragraph.
   *
   * @param text the text
   */
  public void text(String text) {
    terminal.println(text);
    markdown.append(text).append("\n\n");
  }

  /**
   * A part of the report that cannot be produced yet; listed at the end of report.md.
   *
   * @param text what is missing and why
   */
  public void todo(String text) {
    terminal.println("TODO: " + text);
    markdown.append("> **TODO:** ").append(text).append("\n\n");
    todos.add(text);
  }

  /**
   * A table: shown on the terminal (the first rows), in report.md, and written as CSV and JSON.
   *
   * @param table the table
   * @throws IOException when a file cannot be written
   */
  public void table(Table table) throws IOException {
    printTable(table);
    markdown.append("**").append(table.title()).append("**");
    markdown.append(" ([csv](").append(table.id()).append(".csv), [json](").append(table.id())
        .append(".json))\n\n");
    markdown.append('|');
    for (String c : table.labels()) {
      markdown.append(' ').append(c.replace("|", "\\|")).append(" |");
    }
    markdown.append("\n|");
    for (int i = 0; i < table.columns().size(); i++) {
      markdown.append(numeric(table, i) ? " ---: |" : " --- |");
    }
    markdown.append('\n');
    for (List<Object> row : table.rows()) {
      markdown.append('|');
      for (Object cell : row) {
        markdown.append(' ').append(Table.format(cell).replace("|", "\\|")).append(" |");
      }
      markdown.append('\n');
    }
    if (!table.note().isEmpty()) {
      markdown.append("\n*").append(table.note()).append("*\n");
    }
    markdown.append('\n');
    writeCsv(table);
    writeJson(table);
  }

  private static boolean numeric(Table t, int col) {
    return !t.rows().isEmpty() && t.rows().stream().allMatch(r -> r.get(col) instanceof Number
        || "".equals(r.get(col)) || "–".equals(r.get(col)));
  }

  private void printTable(Table t) {
    int n = t.columns().size();
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      w[i] = TextWidth.of(t.labels().get(i));
    }
    List<List<Object>> shown = t.rows().subList(0, Math.min(t.rows().size(), MAX_TERMINAL_ROWS));
    for (List<Object> r : shown) {
      for (int i = 0; i < n; i++) {
        w[i] = Math.max(w[i], TextWidth.of(cut(Table.format(r.get(i)))));
      }
    }
    terminal.println();
    terminal.println(t.title());
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < n; i++) {
      String h = t.labels().get(i);
      line.append(numeric(t, i) ? TextWidth.padLeft(h, w[i]) : TextWidth.padRight(h, w[i])).append("  ");
    }
    terminal.println(line.toString().stripTrailing());
    for (List<Object> r : shown) {
      line.setLength(0);
      line.append("  ");
      for (int i = 0; i < n; i++) {
        String c = cut(Table.format(r.get(i)));
        line.append(numeric(t, i) ? TextWidth.padLeft(c, w[i]) : TextWidth.padRight(c, w[i])).append("  ");
      }
      terminal.println(line.toString().stripTrailing());
    }
    if (shown.size() < t.rows().size()) {
      terminal.println("  … " + (t.rows().size() - shown.size()) + " more rows in " + t.id() + ".csv");
    }
    if (!t.note().isEmpty()) {
      terminal.println("  (" + t.note() + ")");
    }
  }

  /** Cuts a long cell for the terminal (report.md, CSV and JSON keep it whole). */
  private static String cut(String cell) {
    if (TextWidth.of(cell) <= MAX_TERMINAL_CELL) {
      return cell;
    }
    StringBuilder b = new StringBuilder();
    int width = 0;
    for (int i = 0; i < cell.length(); ) {
      int cp = cell.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      width += TextWidth.of(ch);
      if (width > MAX_TERMINAL_CELL - 1) {
        break;
      }
      b.append(ch);
      i += Character.charCount(cp);
    }
    return b.toString().stripTrailing() + "…";
  }

  private void writeCsv(Table t) throws IOException {
    StringWriter text = new StringWriter();
    CsvWriter csv = CsvWriter.of(text);
    csv.row(csvCells(new ArrayList<Object>(t.columns())));
    for (List<Object> r : t.rows()) {
      csv.row(csvCells(r));
    }
    csv.flush();
    write(t.id() + ".csv", text.toString());
  }

  /** The library's one CSV writer quotes and neutralises formulas; here only the text of each cell. */
  private static List<String> csvCells(List<Object> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (Object c : cells) {
      out.add(String.valueOf(c));
    }
    return out;
  }

  private void writeJson(Table t) throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", t.id());
    doc.put("title", t.title());
    if (!t.note().isEmpty()) {
      doc.put("note", t.note());
    }
    doc.put("columns", t.columns());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<Object> r : t.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < r.size(); i++) {
        row.put(t.columns().get(i), r.get(i));
      }
      rows.add(row);
    }
    doc.put("rows", rows);
    write(t.id() + ".json", JSON.writeValueAsString(doc) + "\n");
  }

  /**
   * A chart, written as {@code <id>.png} and linked from report.md (skipped with --no-charts).
   *
   * @param id the file name stem
   * @param chart the chart
   * @throws IOException when the file cannot be written
   */
  public void chart(String id, CategoryChart chart) throws IOException {
    if (!charts) {
      return;
    }
    Path file = dir.resolve(id + ".png");
    try {
      Charts.savePng(chart, file);
    } catch (RuntimeException | InternalError | UnsatisfiedLinkError e) {
      // a machine without any usable font or graphics library: the report goes on without the chart
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      terminal.println("  chart " + id + " skipped: " + why);
      todos.add("chart " + id + " could not be drawn on this machine: " + why);
      return;
    }
    files.add(file);
    markdown.append("![").append(chart.getTitle()).append("](").append(id).append(".png)\n\n");
    terminal.println("  chart: " + file);
  }

  /**
   * A whole document in one of the library's own forms (e.g. the JSON form of a Sam Sang report),
   * written as is and linked from report.md.
   *
   * @param name the file name, e.g. {@code sam-sang-report.json}
   * @param what a short description for the link
   * @param content the file's content
   * @throws IOException when the file cannot be written
   */
  public void document(String name, String what, String content) throws IOException {
    write(name, content);
    markdown.append("*").append(what).append(": [").append(name).append("](").append(name).append(")*\n\n");
  }

  private void write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    files.add(file);
  }

  /**
   * Writes report.md (with the list of TODOs, if any).
   *
   * @return every file written, report.md first
   * @throws IOException when report.md cannot be written
   */
  public List<Path> finish() throws IOException {
    if (!todos.isEmpty()) {
      markdown.append("\n## Not yet in this report\n\n");
      for (String t : todos) {
        markdown.append("- ").append(t).append('\n');
      }
    }
    Path md = dir.resolve("report.md");
    Files.writeString(md, markdown.toString(), StandardCharsets.UTF_8);
    List<Path> all = new ArrayList<>();
    all.add(md);
    all.addAll(files);
    return List.copyOf(all);
  }

  /** @return the output folder */
  public Path dir() {
    return dir;
  }

  /** @return the TODOs recorded so far */
  public List<String> todos() {
    return List.copyOf(todos);
  }
}
