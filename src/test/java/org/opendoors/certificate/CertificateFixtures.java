package org.opendoors.certificate;

import org.opendoors.base.brand.Brand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The default brand pack and sample certificate content, for the certificate tests and benchmark. */
final class CertificateFixtures {

    static final String URL = "https://opendoors.anytown.gov.uk/certificates/7KQ2-M9XD";
    static final String CODE = "7KQ2-M9XD";

    private static final List<String> ALL_COMMITMENTS = List.of(
            "Offering paid work experience placements – 4 a year",
            "Guaranteeing a job interview to care leavers who meet the essential criteria",
            "Offering apprenticeships – 2 a year",
            "Mentoring by a named member of staff",
            "Covering travel costs to interviews",
            "Flexible start times for the first three months",
            "Workplace visits for groups from the leaving-care team",
            "Help with CVs and mock interviews",
            "A free bus pass for the first month of a new job",
            "Ring-fenced places on our graduate scheme – 1 a year",
            "Paying the Real Living Wage to every apprentice");

    private CertificateFixtures() {
    }

    static Brand brand() {
        return new Brand("default", "Anytown Council", "Open Doors", "Jordan Ellis",
                "Director of Children's Services", "", new byte[0], new byte[0], "image/svg+xml",
                read("themes/default/logo.png"), "#1d4f91",
                "privacy@anytown.example", java.util.List.of("Running the pledge"));
    }

    static CertificateContent content(int commitments) {
        return new CertificateContent("Anytown Building Supplies Ltd", commitments(commitments),
                LocalDate.of(2026, 5, 1), LocalDate.of(2027, 4, 30), CODE, URL);
    }

    static List<String> commitments(int count) {
        return IntStream.range(0, count).mapToObj(ALL_COMMITMENTS::get).toList();
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
