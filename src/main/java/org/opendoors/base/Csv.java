package org.opendoors.base;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer: UTF-8 with a byte-order mark (so Excel reads accents and £ correctly), RFC 4180 quoting, and
 * cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) neutralised with a
 * leading apostrophe. Rows are written as they come, so a caller can stream a page at a time.
 */
public final class Csv implements AutoCloseable {

    private final CSVPrinter printer;

    private Csv(Writer writer, List<String> header) throws IOException {
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

    public static Csv to(OutputStream out, List<String> header) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            return new Csv(new OutputStreamWriter(out, StandardCharsets.UTF_8), header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small table as CSV bytes (chart data, a plan's recommendations). */
    public static byte[] of(List<String> header, List<List<String>> rows) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (Csv csv = to(bytes, header)) {
            rows.forEach(csv::row);
        }
        return bytes.toByteArray();
    }

    public void row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(c -> c == null ? "" : neutralise(c.toString())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell a spreadsheet would treat as a formula gets a leading apostrophe. */
    public static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
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
