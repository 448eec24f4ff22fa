/**
 * E-mail through a transactional outbox: a message is saved in the same transaction as the change that
 * causes it, then sent by {@link org.opendoors.notification.OutboxDispatcher} with retries and back-off.
 */
package org.opendoors.notification;
