/**
 * DHIS2 file and stream codecs: period identifiers and ADX intervals ({@link
 * io.github.connectlao.interop.dhis2.Dhis2Periods}), organisation units from the metadata API JSON
 * matched to the gazetteer, and aggregate data values in the {@code dataValueSets} JSON and CSV
 * forms and in ADX XML, mapped to the library's statistics by a mapping file. No HTTP client and no
 * server: these read and write files and streams only.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless marked {@code @Nullable};
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao.interop.dhis2;
