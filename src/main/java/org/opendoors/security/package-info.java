/** Sign-in, roles, user accounts and passwords. */
package org.opendoors.security;
