/**
 * Engagement events for employers and advisers: sign-ups that never overbook, a waitlist with automatic
 * promotion, invitations with an .ics file, reminders, check-in on the day and attendance afterwards.
 */
package org.opendoors.event;
