/**
 * The REST API that partner forums call to read a member's public marks, with its keys, rate limit and problem
 * answers.
 * <p>
 * May depend on: account, identity, platform.
 */
package io.trustmark.api;
