// Generated from the Rust enums by src-tauri/src/commands/bindings.rs: do not edit.

import type { Lang } from './Lang';
import type { Role } from './Role';

/** Every language a policy can be written in, in the order the window lists them. */
export const LANGS: readonly Lang[] = ["en","bn","tl","ur"];

/** Every role, from the most to the least allowed. */
export const ROLES: readonly Role[] = ["admin","manager","editor","staff"];

/** The longest review cycle a policy may have, in months (the core refuses more). */
export const MAX_REVIEW_MONTHS = 120;

/** The longest time staff may be given to acknowledge a policy, in days. */
export const MAX_ACK_DUE_DAYS = 365;
