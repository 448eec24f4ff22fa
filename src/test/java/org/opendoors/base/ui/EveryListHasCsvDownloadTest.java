package org.opendoors.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opendoors.TestRoutes;

/**
 * Every routed view that shows a grid also offers its rows as CSV through {@link CsvDownload}. Read from the compiled
 * classes (the view and its inner classes), so a new list view without a download fails here before review.
 */
class EveryListHasCsvDownloadTest {

    @Test
    void every_view_with_a_grid_has_a_csv_download() {
        List<String> gridViews = TestRoutes.VIEWS.stream().filter(v -> uses(v, Grid.class)).map(Class::getSimpleName).sorted().toList();
        List<String> withoutDownload = TestRoutes.VIEWS.stream().filter(EveryListHasCsvDownloadTest::missesDownload)
                .map(Class::getSimpleName).sorted().toList();

        assertThat(gridViews).as("views with a grid were found").contains("OrganisationListView", "AuditView", "OutboxView");
        assertThat(withoutDownload).as("views with a grid but no CSV download").isEmpty();
    }

    @Test
    void the_check_spots_a_grid_without_a_download() {
        assertThat(missesDownload(GridWithoutDownload.class)).isTrue();
        assertThat(missesDownload(GridWithDownload.class)).isFalse();
        assertThat(missesDownload(NoGrid.class)).isFalse();
    }

    static class GridWithoutDownload extends Div {
        final Grid<String> grid = new Grid<>();
    }

    static class GridWithDownload extends Div {
        GridWithDownload() {
            add(new Grid<String>(), new CsvDownload("rows", "rows.csv", out -> { }));
        }
    }

    static class NoGrid extends Div {
    }

    private static boolean missesDownload(Class<? extends Component> view) {
        return uses(view, Grid.class) && !uses(view, CsvDownload.class);
    }

    /** Whether the class or one of its inner classes refers to the type (a class entry in its constant pool). */
    private static boolean uses(Class<?> view, Class<?> type) {
        byte[] name = type.getName().replace('.', '/').getBytes(StandardCharsets.UTF_8);
        byte[] entry = new byte[name.length + 2]; // CONSTANT_Utf8: length, then the bytes
        entry[0] = (byte) (name.length >> 8);
        entry[1] = (byte) name.length;
        System.arraycopy(name, 0, entry, 2, name.length);
        return classFiles(view).stream().anyMatch(bytes -> indexOf(bytes, entry) >= 0);
    }

    private static List<byte[]> classFiles(Class<?> view) {
        String binaryName = view.getName().substring(view.getName().lastIndexOf('.') + 1); // Outer$Inner for nested classes
        URL url = view.getResource(binaryName + ".class");
        try {
            Path file = Path.of(url.toURI());
            List<byte[]> files = new ArrayList<>();
            try (Stream<Path> siblings = Files.list(file.getParent())) {
                for (Path sibling : siblings.filter(p -> p.getFileName().toString().equals(file.getFileName().toString())
                        || p.getFileName().toString().startsWith(binaryName + "$")).toList()) {
                    try (InputStream in = Files.newInputStream(sibling)) {
                        files.add(in.readAllBytes());
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
