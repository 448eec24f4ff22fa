package org.opendoors.strategy;

import java.time.LocalDate;
import java.util.List;

/** What the recommendation form edits. {@code dateText} is the plan's own wording ("3 by April 2022 …"). */
public record RecommendationDetails(Integer number, String text, List<String> actions, String responsibility, String dateText,
                                    LocalDate dueOn) {
}
