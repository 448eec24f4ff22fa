package org.opendoors.certificate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.opendoors.certificate.CertificateFixtures.brand;
import static org.opendoors.certificate.CertificateFixtures.content;

/**
 * How fast certificates render: prints figures and asserts nothing, so a busy machine cannot fail the build.
 * Excluded from the normal build; run it with
 * {@code ./mvnw test -Dtest=CertificatePdfBenchmark -DexcludedGroups= -Dgroups=benchmark}.
 */
@Tag("benchmark")
class CertificatePdfBenchmark {

    private static final int THREADS = 2;
    private static final int WARM_UP = 50;
    private static final int MEASURED = 1000;

    private final CertificatePdf certificates = new CertificatePdf(brand());
    private final CertificateContent content = content(6);

    @Test
    void renders_certificates_on_two_threads() throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(THREADS)) {
            renderAll(threads, WARM_UP);
            long start = System.nanoTime();
            List<Render> renders = renderAll(threads, MEASURED);
            double seconds = (System.nanoTime() - start) / 1e9;

            System.out.printf("Certificates: %d on %d threads in %.2f s%n", MEASURED, THREADS, seconds);
            System.out.printf("Certificates per second: %.0f%n", MEASURED / seconds);
            System.out.printf("Mean ms per PDF: %.2f%n",
                    renders.stream().mapToLong(Render::nanos).average().orElseThrow() / 1e6);
            System.out.printf("Bytes per PDF: %.0f%n", renders.stream().mapToInt(Render::bytes).average().orElseThrow());
        }
    }

    private List<Render> renderAll(ExecutorService threads, int count) throws Exception {
        List<Callable<Render>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(this::timedRender);
        }
        List<Render> renders = new ArrayList<>();
        for (Future<Render> render : threads.invokeAll(tasks)) {
            renders.add(render.get());
        }
        return renders;
    }

    private Render timedRender() {
        long start = System.nanoTime();
        byte[] pdf = certificates.render(content);
        return new Render(System.nanoTime() - start, pdf.length);
    }

    private record Render(long nanos, int bytes) {
    }
}
