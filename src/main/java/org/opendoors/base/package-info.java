/**
 * Shared building blocks every feature may use: the base entity, time, the embedded database, the
 * brand pack, the audit trail and the application shell.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.opendoors.base;
