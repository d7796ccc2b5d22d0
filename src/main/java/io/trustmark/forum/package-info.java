/**
 * Forum: boards, threads and posts, with the marks before authors' names and the rule of who may start a sale thread.
 * <p>
 * May depend on: account, identity, platform.
 */
package io.trustmark.forum;
