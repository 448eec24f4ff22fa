package org.opendoors.base.brand;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads a brand pack: first from the themes folder on disk ({@code OPEN_DOORS_THEMES_DIR}, default
 * {@code ./themes}), else from the copy of {@code themes/} packaged in the jar. A pack is a folder with
 * {@code brand.properties}, {@code brand.css} and the logo the properties name.
 */
final class BrandLoader {

    private static final Pattern SAFE_FOLDER = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final String[] REQUIRED = {"council.name", "service.name", "logo", "pdf.logo", "pdf.colour",
            "certificate.signatory.name", "certificate.signatory.title", "email.footer", "privacy.contact",
            "privacy.purposes"};
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final Path themesDir;

    BrandLoader(Path themesDir) {
        this.themesDir = themesDir;
    }

    Brand load(String folder) {
        if (!SAFE_FOLDER.matcher(folder).matches()) {
            throw new BrandNotFoundException("OPEN_DOORS_BRAND='" + folder
                    + "' is not a valid brand folder name (lower-case letters, digits, '-' and '_').");
        }
        Properties props = new Properties();
        try (InputStream in = open(folder, "brand.properties")) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : REQUIRED) {
            if (props.getProperty(key, "").isBlank()) {
                throw new BrandNotFoundException("Brand pack '" + folder + "' has no '" + key
                        + "' in brand.properties.");
            }
        }
        String logoFile = props.getProperty("logo").trim();
        String colour = props.getProperty("pdf.colour").trim();
        if (!COLOUR.matcher(colour).matches()) {
            throw new BrandNotFoundException("Brand pack '" + folder + "': pdf.colour must look like #1d4f91, not '"
                    + colour + "'.");
        }
        return new Brand(folder,
                props.getProperty("council.name").trim(),
                props.getProperty("service.name").trim(),
                props.getProperty("certificate.signatory.name").trim(),
                props.getProperty("certificate.signatory.title").trim(),
                props.getProperty("email.footer").trim(),
                read(folder, "brand.css"),
                read(folder, logoFile),
                logoFile.endsWith(".svg") ? "image/svg+xml" : "image/png",
                read(folder, props.getProperty("pdf.logo").trim()),
                colour,
                props.getProperty("privacy.contact").trim(),
                java.util.Arrays.stream(props.getProperty("privacy.purposes").split("\\|")).map(String::trim)
                        .filter(purpose -> !purpose.isEmpty()).toList());
    }

    private byte[] read(String folder, String file) {
        try (InputStream in = open(folder, file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream open(String folder, String file) throws IOException {
        Path onDisk = themesDir.resolve(folder).resolve(file);
        if (Files.isRegularFile(onDisk)) {
            return Files.newInputStream(onDisk);
        }
        InputStream packaged = BrandLoader.class.getResourceAsStream("/themes/" + folder + "/" + file);
        if (packaged == null) {
            throw new BrandNotFoundException("Brand pack '" + folder + "' not found or incomplete: no "
                    + file + " in " + themesDir.toAbsolutePath().resolve(folder)
                    + " nor in the themes packaged with Open Doors. Check OPEN_DOORS_BRAND and OPEN_DOORS_THEMES_DIR.");
        }
        return packaged;
    }
}
