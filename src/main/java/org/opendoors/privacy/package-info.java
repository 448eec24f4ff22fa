/**
 * Data protection: young people stay unidentifiable (pseudonymous references, free text checked for personal
 * data); personal data is kept only as long as the retention schedule says (the modules holding each kind implement
 * {@link org.opendoors.privacy.RetentionRule}); the public privacy notice. Other modules call its checks and
 * implement its rules; it depends on {@code base} and {@code security} only.
 */
package org.opendoors.privacy;
