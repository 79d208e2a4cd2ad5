/**
 * Scanner profiles: named, declarative settings for how a kind of scan is captured, limited and
 * recognised, read from YAML and validated when loaded so that a mistake in a profile fails at start-up
 * rather than on the thousandth page.
 *
 * <p>{@link vn.hoso.profiles.ScannerProfiles} is the entry point; {@link vn.hoso.profiles.ScannerProfile}
 * is the value the pipeline consumes. This module knows nothing about images or OCR engines.
 */
package vn.hoso.profiles;
