/**
 * Strategy: the council's action plans (recommendations, agreed actions, responsibility, dates), success measures
 * computed live from Open Doors' records against dated milestones, and graded progress rounds published as the
 * scrutiny progress update. Reads other modules' figures only through the figures they publish.
 */
package org.opendoors.strategy;
