/**
 * Insight: dashboards of the figures the modules publish (by month, sector and area, with charts and CSV), and a
 * public page whose counts of young people are suppressed below 5.
 */
package org.opendoors.insight;
