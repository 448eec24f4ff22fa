package org.opendoors.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads an export back with Commons CSV, as a spreadsheet would: UTF-8 after the byte order mark, rows by header. */
public final class CsvRecords {

    private CsvRecords() {
    }

    public static List<CSVRecord> read(Consumer<OutputStream> export) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        export.accept(bytes);
        return read(bytes.toByteArray());
    }

    public static List<CSVRecord> read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as("starts with the byte order mark").startsWith("\uFEFF");
        return parse(text.substring(1));
    }

    /** A file for programs (open data): plain UTF-8 that must not start with a byte order mark. */
    public static List<CSVRecord> readPlain(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as("has no byte order mark").doesNotStartWith("\uFEFF");
        return parse(text);
    }

    private static List<CSVRecord> parse(String text) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> header(Consumer<OutputStream> export) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        export.accept(bytes);
        String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        return List.of(text.substring(1, text.indexOf("\r\n")).split(","));
    }
}
