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
    private boolean byteOrderMark = true;

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

    /** These columns for programs rather than people: no byte order mark (see {@link CsvWriter#openWithoutByteOrderMark}). */
    public CsvColumns<T> withoutByteOrderMark() {
        this.byteOrderMark = false;
        return this;
    }

    CsvWriter open(OutputStream out) {
        String[] header = headers.toArray(String[]::new);
        return byteOrderMark ? CsvWriter.open(out, header) : CsvWriter.openWithoutByteOrderMark(out, header);
    }

    Object[] cells(T row) {
        Object[] cells = new Object[values.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = values.get(i).apply(row);
        }
        return cells;
    }
}
