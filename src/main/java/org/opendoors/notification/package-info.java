/**
 * E-mail through a transactional outbox: listeners run after the change that causes a message has committed, save
 * the message in their own transaction, and {@link org.opendoors.notification.OutboxDispatcher} sends it with retries
 * and back-off.
 */
package org.opendoors.notification;
