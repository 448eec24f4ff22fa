package org.opendoors.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_get_an_apostrophe() throws Exception {
        String[] dangerous = {"=HYPERLINK(\"http://evil.example\",\"Click\")", "+44 1234", "-2+3", "@SUM(A1)",
                "\tcmd", "\rcmd", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)"};
        CSVRecord row = CsvRecords.read(write((Object[]) dangerous).getBytes(StandardCharsets.UTF_8)).getFirst();
        for (int i = 0; i < dangerous.length; i++) {
            assertThat(row.get(i)).isEqualTo("'" + dangerous[i]);
        }
    }

    @Test
    void ordinary_text_numbers_dates_and_empty_cells_are_written_as_they_are() {
        String csv = write("Acme Ltd", -5, new BigDecimal("-1.5"), true, LocalDate.of(2026, 3, 14), null, "", "a=b");
        assertThat(csv).isEqualTo("\uFEFFc1,c2,c3,c4,c5,c6,c7,c8\r\nAcme Ltd,-5,-1.5,true,2026-03-14,,,a=b\r\n");
    }

    @Test
    void the_file_starts_with_the_utf_8_byte_order_mark_so_excel_reads_accents_and_pound_signs() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(out, "name")) {
            csv.row("Café Crème £5");
        }
        byte[] bytes = out.toByteArray();
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(CsvRecords.read(bytes)).extracting(r -> r.get("name")).containsExactly("Café Crème £5");
    }

    @Test
    void only_a_cell_that_starts_like_a_formula_gets_the_apostrophe() {
        String csv = write("=1+1", "1+1", "@home", "x@y.example");
        assertThat(csv.lines().toList().get(1)).isEqualTo("'=1+1,1+1,'@home,x@y.example");
    }

    @Test
    void rows_reach_the_stream_as_they_are_written_not_at_the_end() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.open(out, "name");
        for (int i = 0; i < 10_000; i++) {
            csv.row("organisation number " + i);
        }
        assertThat(out.size()).as("bytes written before close").isGreaterThan(100_000);
        csv.close();
    }

    private static String write(Object... cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] header = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            header[i] = "c" + (i + 1);
        }
        try (CsvWriter csv = CsvWriter.open(out, header)) {
            csv.row(cells);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
