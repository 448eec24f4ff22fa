/** System administration: users and roles, the audit trail, the outbox. */
package org.opendoors.admin;
