package org.opendoors.base.csv;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list's CSV columns: a plain-English header and how to read the cell from a row. Declared once per list so
 * the header and the cells cannot drift apart.
 */
public final class CsvColumns<T> {

    private final List<String> headers = new ArrayList<>();
    private final List<Function<? super T, ?>> values = new ArrayList<>();

    private CsvColumns() {
    }

    /** Columns for rows of this type (the class only names the type). */
    public static <T> CsvColumns<T> of(Class<T> rowType) {
        return new CsvColumns<>();
    }

    public CsvColumns<T> add(String header, Function<? super T, ?> value) {
        headers.add(header);
        values.add(value);
        return this;
    }

    /** Writes a short list that is already in memory (a catalogue, a plan's recommendations) as CSV. */
    public void write(OutputStream out, Iterable<? extends T> rows) {
        try (CsvWriter csv = open(out)) {
            rows.forEach(row -> csv.row(cells(row)));
        }
    }

    CsvWriter open(OutputStream out) {
        return CsvWriter.open(out, headers.toArray(String[]::new));
    }

    Object[] cells(T row) {
        Object[] cells = new Object[values.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = values.get(i).apply(row);
        }
        return cells;
    }
}
