/** The public landing page and the signed-in "home" that sends each role to its own home view. */
package org.opendoors.home;
