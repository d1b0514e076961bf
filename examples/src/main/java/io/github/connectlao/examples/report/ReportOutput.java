package io.github.connectlao.examples.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.connectlao.csv.CsvWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.knowm.xchart.CategoryChart;

/**
 * Where the report goes: a readable summary on the terminal, and an output folder with
 * {@code report.md}, one CSV and one JSON file per table, PNG charts and maps.
 *
 * <p><b>All or nothing.</b> Files are written to a temporary folder beside the output folder
 * ({@code .<name>.tmp-<random>}); {@link #finish()} moves it into place (an atomic rename where
 * the file system allows), replacing an older report folder only then. {@link #abort()} deletes
 * the temporary folder. A failed run therefore leaves the previous report untouched, never a mix.
 *
 * <p><b>Files.</b> CSV: UTF-8 (with a byte order mark when asked), RFC 4180, stable column keys,
 * no value as an empty cell, Lao and English texts in separate {@code _lo}/{@code _en} columns, and
 * a first column {@code data} = {@code SYNTHETIC} in every row of a synthetic table. JSON: the same
 * keys, no value as {@code null}, {@code "synthetic": true} for synthetic tables.
 */
public final class ReportOutput {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final int MAX_TERMINAL_ROWS = 25;
  private static final int MAX_TERMINAL_CELL = 60;

  /** The terminal width every table line fits in. */
  public static final int TERMINAL_WIDTH = 120;

  private final Path target;
  private final Path dir;
  private final PrintStream terminal;
  private final Lang lang;
  private final boolean charts;
  private final boolean bom;
  private final StringBuilder markdown = new StringBuilder();
  private final List<String> files = new ArrayList<>();
  private final List<String> todos = new ArrayList<>();
  private boolean finished;

  /**
   * Creates the output in a temporary folder beside {@code target}.
   *
   * @param target the output folder (created or replaced by {@link #finish()})
   * @param terminal the terminal
   * @param lang the language of names, labels and prose
   * @param charts whether charts are drawn
   * @throws UsageException when {@code target} is a file or its parent folder cannot be written
   */
  public ReportOutput(Path target, PrintStream terminal, Lang lang, boolean charts) {
    this(target, terminal, lang, charts, false);
  }

  /**
   * Creates the output in a temporary folder beside {@code target}.
   *
   * @param target the output folder (created or replaced by {@link #finish()})
   * @param terminal the terminal
   * @param lang the language of names, labels and prose
   * @param charts whether charts are drawn
   * @param bom whether CSV files start with a UTF-8 byte order mark
   * @throws UsageException when {@code target} is a file or its parent folder cannot be written
   */
  public ReportOutput(Path target, PrintStream terminal, Lang lang, boolean charts, boolean bom) {
    this.target = target.toAbsolutePath().normalize();
    this.terminal = terminal;
    this.lang = lang;
    this.charts = charts;
    this.bom = bom;
    if (Files.exists(this.target) && !Files.isDirectory(this.target)) {
      throw new UsageException("--out: '" + target + "' is a file, not a folder");
    }
    Path parent = this.target.getParent();
    if (parent == null) {
      throw new UsageException(
          "--out: cannot write the report to the root folder '" + target + "'");
    }
    try {
      Files.createDirectories(parent);
      this.dir =
          Files.createDirectory(
              parent.resolve(
                  "."
                      + this.target.getFileName()
                      + ".tmp-"
                      + UUID.randomUUID().toString().substring(0, 8)));
    } catch (IOException e) {
      throw new UsageException(
          "--out: cannot create a folder beside '" + target + "': " + e.getMessage());
    }
  }

  /** @return the language of the report */
  public Lang lang() {
    return lang;
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

  /** @return whether charts and maps are drawn */
  public boolean charts() {
    return charts;
  }

  /**
   * The report's title.
   *
   * @param text the title
   */
  public void title(String text) {
    terminal.println(text);
    terminal.println("=".repeat(Math.min(TERMINAL_WIDTH, TextWidth.of(text))));
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
    terminal.println("-".repeat(Math.min(TERMINAL_WIDTH, TextWidth.of(text))));
    markdown.append("\n## ").append(text).append("\n\n");
  }

  /**
   * A paragraph: wrapped to the terminal width on the terminal, whole in report.md.
   *
   * @param text the text
   */
  public void text(String text) {
    for (String line : TextWidth.wrap(text, TERMINAL_WIDTH)) {
      terminal.println(line);
    }
    markdown.append(text).append("\n\n");
  }

  /**
   * A paragraph in the report's language.
   *
   * @param english the English text
   * @param lao the Lao text
   */
  public void text(String english, String lao) {
    if (lang == Lang.BOTH) {
      text(english);
      text(lao);
    } else {
      text(lang.pick(english, lao));
    }
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
   * A table: shown on the terminal (the first rows, fitted to {@value #TERMINAL_WIDTH} columns), in
   * report.md, and written as CSV and JSON.
   *
   * @param table the table
   * @throws IOException when a file cannot be written
   */
  public void table(Table table) throws IOException {
    printTable(table);
    markdown.append("**").append(table.title()).append("**");
    markdown
        .append(" ([csv](")
        .append(table.id())
        .append(".csv), [json](")
        .append(table.id())
        .append(".json))\n\n");
    markdown.append('|');
    for (String c : table.labels()) {
      markdown.append(' ').append(c.replace("|", "\\|")).append(" |");
    }
    markdown.append("\n|");
    for (int i = 0; i < table.columns().size(); i++) {
      markdown.append(table.numeric(i) ? " ---: |" : " --- |");
    }
    markdown.append('\n');
    for (List<Object> row : table.rows()) {
      markdown.append('|');
      for (Object cell : row) {
        markdown.append(' ').append(Table.format(cell, lang).replace("|", "\\|")).append(" |");
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

  private void printTable(Table t) {
    int n = t.columns().size();
    int[] w = new int[n];
    List<List<Object>> shown = t.rows().subList(0, Math.min(t.rows().size(), MAX_TERMINAL_ROWS));
    for (int i = 0; i < n; i++) {
      w[i] = TextWidth.of(t.labels().get(i));
      for (List<Object> r : shown) {
        w[i] = Math.max(w[i], TextWidth.of(Table.format(r.get(i), lang)));
      }
      w[i] = Math.min(w[i], MAX_TERMINAL_CELL);
    }
    // fit the terminal: shrink the widest column, one column at a time, down to 6 columns each
    int indent = 2;
    while (indent + total(w) > TERMINAL_WIDTH) {
      int widest = 0;
      for (int i = 1; i < n; i++) {
        if (w[i] > w[widest]) {
          widest = i;
        }
      }
      if (w[widest] <= 6) {
        break;
      }
      w[widest]--;
    }
    terminal.println();
    for (String line : TextWidth.wrap(t.title(), TERMINAL_WIDTH)) {
      terminal.println(line);
    }
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < n; i++) {
      String h = TextWidth.cut(t.labels().get(i), w[i]);
      line.append(t.numeric(i) ? TextWidth.padLeft(h, w[i]) : TextWidth.padRight(h, w[i]))
          .append("  ");
    }
    terminal.println(line.toString().stripTrailing());
    for (List<Object> r : shown) {
      line.setLength(0);
      line.append("  ");
      for (int i = 0; i < n; i++) {
        String c = TextWidth.cut(Table.format(r.get(i), lang), w[i]);
        line.append(t.numeric(i) ? TextWidth.padLeft(c, w[i]) : TextWidth.padRight(c, w[i]))
            .append("  ");
      }
      terminal.println(line.toString().stripTrailing());
    }
    if (shown.size() < t.rows().size()) {
      terminal.println(
          "  … "
              + (t.rows().size() - shown.size())
              + " "
              + lang.pick("more rows in", "ແຖວຕື່ມໃນ")
              + " "
              + t.id()
              + ".csv");
    }
    if (!t.note().isEmpty()) {
      for (String l : TextWidth.wrap("(" + t.note() + ")", TERMINAL_WIDTH - 2)) {
        terminal.println("  " + l);
      }
    }
  }

  private static int total(int[] w) {
    int s = 0;
    for (int x : w) {
      s += x + 2;
    }
    return s - 2;
  }

  /** The stable keys of the file columns: a bilingual column becomes {@code <key>_en, <key>_lo}. */
  private static List<String> fileKeys(Table t) {
    List<String> keys = new ArrayList<>();
    if (t.synthetic()) {
      keys.add("data");
    }
    for (int i = 0; i < t.columns().size(); i++) {
      String k = Table.key(t.columns().get(i));
      if (t.bilingual(i)) {
        keys.add(k + "_en");
        keys.add(k + "_lo");
      } else {
        keys.add(k);
      }
    }
    return keys;
  }

  private static List<Object> fileCells(Table t, List<Object> row) {
    List<Object> cells = new ArrayList<>();
    if (t.synthetic()) {
      cells.add("SYNTHETIC");
    }
    for (int i = 0; i < row.size(); i++) {
      Object c = row.get(i);
      if (t.bilingual(i)) {
        if (c instanceof Table.Text x) {
          cells.add(x.en());
          cells.add(x.lo().isEmpty() ? null : x.lo());
        } else {
          cells.add(c == Table.NO_VALUE ? null : c);
          cells.add(null);
        }
      } else {
        cells.add(c == Table.NO_VALUE ? null : c);
      }
    }
    return cells;
  }

  private void writeCsv(Table t) throws IOException {
    StringWriter text = new StringWriter();
    if (bom) {
      text.write('\uFEFF');
    }
    CsvWriter csv = CsvWriter.of(text);
    csv.row(csvCells(new ArrayList<Object>(fileKeys(t))));
    for (List<Object> r : t.rows()) {
      csv.row(csvCells(fileCells(t, r)));
    }
    csv.flush();
    write(t.id() + ".csv", text.toString());
  }

  /**
   * The text of each cell for the library's one CSV writer, which quotes and neutralises formulas
   * (plain numbers are left alone): no value is an empty cell.
   */
  private static List<String> csvCells(List<Object> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (Object c : cells) {
      out.add(
          c == null
              ? ""
              : c instanceof Double d
                  ? String.format(java.util.Locale.ROOT, "%s", d)
                  : String.valueOf(c));
    }
    return out;
  }

  private void writeJson(Table t) throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", t.id());
    doc.put("title", t.title());
    doc.put("synthetic", t.synthetic());
    if (!t.note().isEmpty()) {
      doc.put("note", t.note());
    }
    List<String> keys = fileKeys(t);
    if (t.synthetic()) {
      keys = keys.subList(1, keys.size());
    }
    doc.put("columns", keys);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<Object> r : t.rows()) {
      List<Object> cells = fileCells(t, r);
      if (t.synthetic()) {
        cells = cells.subList(1, cells.size());
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        row.put(keys.get(i), cells.get(i));
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
    image(id, chart.getTitle(), file -> Charts.savePng(chart, file));
  }

  /** Draws an image into a file. */
  @FunctionalInterface
  public interface ImageWriter {
    /**
     * Writes the image.
     *
     * @param png the PNG file to write
     * @throws IOException when it cannot be written
     */
    void write(Path png) throws IOException;
  }

  /**
   * An image (a chart or a map), written as {@code <id>.png} by {@code writer} and linked from
   * report.md; skipped with --no-charts. A machine that cannot draw (no usable font or graphics
   * library) gets a note instead, and the report goes on.
   *
   * @param id the file name stem
   * @param title the image's title, for report.md
   * @param writer draws the PNG (it may also write {@code <id>.svg} beside it)
   * @throws IOException when the file cannot be written
   */
  public void image(String id, String title, ImageWriter writer) throws IOException {
    if (!charts) {
      return;
    }
    Path file = dir.resolve(id + ".png");
    try {
      writer.write(file);
    } catch (RuntimeException | InternalError | UnsatisfiedLinkError e) {
      String why =
          e.getMessage() == null
              ? e.getClass().getSimpleName()
              : e.getMessage().lines().findFirst().orElse("");
      terminal.println("  " + id + " skipped: " + why);
      todos.add(id + " could not be drawn on this machine: " + why);
      return;
    }
    files.add(id + ".png");
    if (Files.exists(dir.resolve(id + ".svg"))) {
      files.add(id + ".svg");
    }
    markdown.append("![").append(title).append("](").append(id).append(".png)\n\n");
    terminal.println("  " + lang.pick("image", "ຮູບ") + ": " + id + ".png");
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
    markdown
        .append("*")
        .append(what)
        .append(": [")
        .append(name)
        .append("](")
        .append(name)
        .append(")*\n\n");
  }

  /**
   * A whole document, its link described in the report's language.
   *
   * @param name the file name
   * @param english the link's description in English
   * @param lao the link's description in Lao
   * @param content the file's content
   * @throws IOException when the file cannot be written
   */
  public void document(String name, String english, String lao, String content) throws IOException {
    document(name, lang.pick(english, lao), content);
  }

  private void write(String name, String content) throws IOException {
    if (finished) {
      throw new IllegalStateException("the report is finished");
    }
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    files.add(name);
  }

  /**
   * Writes report.md (with the list of TODOs, if any) and moves the folder into place, replacing
   * an older report folder.
   *
   * @return every file written (in the output folder), report.md first
   * @throws IOException when report.md cannot be written or the folder cannot be moved
   */
  public List<Path> finish() throws IOException {
    if (!todos.isEmpty()) {
      markdown
          .append("\n## ")
          .append(lang.pick("Not yet in this report", "ຍັງບໍ່ມີໃນລາຍງານນີ້"))
          .append("\n\n");
      for (String t : todos) {
        markdown.append("- ").append(t).append('\n');
      }
    }
    Files.writeString(dir.resolve("report.md"), markdown.toString(), StandardCharsets.UTF_8);
    finished = true;
    commit();
    List<Path> all = new ArrayList<>();
    all.add(target.resolve("report.md"));
    files.forEach(f -> all.add(target.resolve(f)));
    return List.copyOf(all);
  }

  /** Moves the temporary folder into place; the old report folder is removed only after that. */
  private void commit() throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old =
          target.resolveSibling(
              "." + target.getFileName() + ".old-" + UUID.randomUUID().toString().substring(0, 8));
      move(target, old);
    }
    try {
      move(dir, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target); // put the previous report back
      }
      throw e;
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      throw new IOException(
          "--out: '" + to + "' appeared while the report was written; nothing replaced", e);
    }
  }

  /** Deletes the temporary folder of a failed run (nothing happens after {@link #finish()}). */
  public void abort() {
    if (!finished || Files.exists(dir)) {
      try {
        deleteTree(dir);
      } catch (IOException | UncheckedIOException e) {
        terminal.flush(); // best effort: a leftover hidden temporary folder is harmless
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** @return the folder the files are being written to (temporary until {@link #finish()}) */
  public Path dir() {
    return dir;
  }

  /** @return the output folder the report ends up in */
  public Path target() {
    return target;
  }

  /** @return the TODOs recorded so far */
  public List<String> todos() {
    return List.copyOf(todos);
  }
}
