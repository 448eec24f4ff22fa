/** Made-up demo data for the embedded run: organisations and a user for each role. */
package org.opendoors.demo;
