package org.opendoors.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression for counts of young people on the public page. Primary: a count from 1 to 4 shows as
 * "fewer than 5". Secondary: when a total is shown and only one of its parts is suppressed, the part could be worked
 * out by subtraction, so the next smallest part is withheld too ("withheld").
 */
public final class Suppression {

    public static final int THRESHOLD = 5;
    public static final String FEWER_THAN_5 = "fewer than 5";
    public static final String WITHHELD = "withheld";

    private Suppression() {
    }

    public static boolean suppressed(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** A headline total. */
    public static String total(long count) {
        return suppressed(count) ? FEWER_THAN_5 : Long.toString(count);
    }

    /** The parts of a total that is shown, each as it may be shown (null where a part may be shown as its number). */
    public static List<String> parts(List<Long> counts) {
        List<String> shown = new ArrayList<>();
        int suppressedCount = 0;
        for (long count : counts) {
            if (suppressed(count)) {
                shown.add(FEWER_THAN_5);
                suppressedCount++;
            } else {
                shown.add(Long.toString(count));
            }
        }
        if (suppressedCount == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!suppressed(counts.get(i)) && counts.get(i) > 0 && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                shown.set(smallest, WITHHELD);
            }
        }
        return shown;
    }
}
