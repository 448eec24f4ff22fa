package org.opendoors.base.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Open Doors writes CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads it as UTF-8,
 * Commons CSV), streamed row by row to the output. Every
 * text cell that a spreadsheet would read as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return, or their full-width forms) gets a leading apostrophe, so an organisation named
 * {@code =HYPERLINK(…)} stays text (OWASP "CSV injection"). Numbers, dates and booleans are written as they are.
 */
public final class CsvWriter implements Closeable, Flushable {

    /** Excel opens a CSV as the machine's legacy code page unless the file starts with this. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a CSV on the stream with this header row; closing the writer closes the stream. */
    public static CsvWriter open(OutputStream out, String... header) {
        return open(out, true, header);
    }

    /** For a file programs read rather than people (open data): plain UTF-8, no byte order mark before the header. */
    public static CsvWriter openWithoutByteOrderMark(OutputStream out, String... header) {
        return open(out, false, header);
    }

    private static CsvWriter open(OutputStream out, boolean byteOrderMark, String... header) {
        try {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (byteOrderMark) {
                writer.write(BYTE_ORDER_MARK);
            }
            return new CsvWriter(new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small table already in memory, e.g. a chart's data, as CSV on the stream. */
    public static void table(OutputStream out, java.util.List<String> header, java.util.List<? extends java.util.List<?>> rows) {
        try (CsvWriter csv = open(out, header.toArray(String[]::new))) {
            rows.forEach(row -> csv.row(row.toArray()));
        }
    }

    public void row(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cell(cells[i]);
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as written: text that could start a formula is prefixed with an apostrophe. */
    static Object cell(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = value.toString();
        return startsAFormula(text) ? "'" + text : text;
    }

    static boolean startsAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r',
                 '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true; // full-width = + - @
            default -> false;
        };
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
