/**
 * Data protection: young people stay unidentifiable (pseudonymous references, free text checked for personal
 * data). Other modules call its checks; it depends on nothing but {@code base}.
 */
package org.opendoors.privacy;
