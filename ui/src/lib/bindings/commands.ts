// Generated from the shell's commands (src-tauri/src/commands/, registered in
// handler()) by src-tauri/src/commands/bindings.rs: do not edit. A test fails when it is
// out of date; `UPDATE_BINDINGS=1 cargo test -p policybook-desktop bindings` writes it.
// An argument that may be left out reaches Rust as None.

import { call } from '../backend';
import type { Acknowledged } from './Acknowledged';
import type { ActRequest } from './ActRequest';
import type { AppInfo } from './AppInfo';
import type { Autosaved } from './Autosaved';
import type { DraftRequest } from './DraftRequest';
import type { Due } from './Due';
import type { ExportRequest } from './ExportRequest';
import type { Exported } from './Exported';
import type { Hit } from './Hit';
import type { ImportReport } from './ImportReport';
import type { ImportRequest } from './ImportRequest';
import type { InForce } from './InForce';
import type { Joined } from './Joined';
import type { Lang } from './Lang';
import type { LocaleSources } from './LocaleSources';
import type { NewPolicy } from './NewPolicy';
import type { Options } from './Options';
import type { Person } from './Person';
import type { PolicySummary } from './PolicySummary';
import type { PolicyTranslations } from './PolicyTranslations';
import type { Preview } from './Preview';
import type { Reader } from './Reader';
import type { Report } from './Report';
import type { Revision } from './Revision';
import type { RevisionDiff } from './RevisionDiff';
import type { RevisionInfo } from './RevisionInfo';
import type { Role } from './Role';
import type { SaveTarget } from './SaveTarget';
import type { SearchRequest } from './SearchRequest';
import type { SourceChanges } from './SourceChanges';
import type { StoredImage } from './StoredImage';
import type { SyncReport } from './SyncReport';
import type { SyncState } from './SyncState';
import type { UnreadList } from './UnreadList';
import type { WhoAmI } from './WhoAmI';

/**
 * Where the handbook is, who the user is, their language and mode, today, and the version.
 */
export function appInfo(): Promise<AppInfo> {
  return call('app_info');
}

/**
 * The window has drawn its first screen. With `POLICYBOOK_STARTUP_PROBE` set the shell says so on
 * standard error, with the time since it started: what start-up measurements wait for.
 * `marks` are the page's milestones (milliseconds since the epoch), printed relative to the start.
 */
export function appReady(marks: Record<string, number>): Promise<void> {
  return call('app_ready', { marks });
}

/**
 * The Fluent files the interface formats its messages with (English is the fallback).
 */
export function localeSources(lang: Lang): Promise<LocaleSources> {
  return call('locale_sources', { lang });
}

/**
 * Saves the user's name, language and mode; the app's information as it now is.
 */
export function savePrefs(args: { user: string; ui_lang: Lang; read_only: boolean }): Promise<AppInfo> {
  return call('save_prefs', args);
}

export function setCompany(name: string): Promise<void> {
  return call('set_company', { name });
}

/**
 * This desk's identity, if it has one (with its role in the handbook).
 */
export function whoami(): Promise<WhoAmI | null> {
  return call('whoami');
}

/**
 * Makes this desk's identity: an Ed25519 key pair that stays on this machine.
 */
export function newIdentity(args: { name: string; email: string }): Promise<WhoAmI> {
  return call('new_identity', args);
}

/**
 * The handbook's people, one entry per key.
 */
export function people(): Promise<Array<Person>> {
  return call('people');
}

/**
 * Adds a person's key or changes their role (admins only; the core decides).
 */
export function addPerson(args: { name: string; email: string; role: Role; key: string }): Promise<Person> {
  return call('add_person', args);
}

/**
 * Ends a person's keys from today (admins only).
 */
export function removePerson(who: string): Promise<Array<string>> {
  return call('remove_person', { who });
}

/**
 * Whether and how the handbook is shared (the Sync button's state).
 */
export function syncState(): Promise<SyncState> {
  return call('sync_state');
}

/**
 * Pulls what other desks did and pushes what this desk did. Off the main thread: the network
 * may take a while, and the window stays responsive.
 */
export function syncNow(): Promise<SyncReport> {
  return call('sync_now');
}

/**
 * Shares the handbook through a git remote (the address as the user typed it); returns it as
 * kept, without a password.
 */
export function setRemote(url: string): Promise<string> {
  return call('set_remote', { url });
}

/**
 * Stops sharing.
 */
export function clearRemote(): Promise<void> {
  return call('clear_remote');
}

/**
 * Opens a shared handbook in place of this one (which is kept beside it). Off the main thread.
 */
export function joinShared(url: string): Promise<Joined> {
  return call('join_shared', { url });
}

/**
 * Opens a web or mail link of a policy in the system's browser or mail program. Only http,
 * https and mailto addresses (what the core's Markdown keeps), one line, at most 2,000 bytes.
 */
export function openExternal(url: string): Promise<void> {
  return call('open_external', { url });
}

/**
 * The file to import, chosen in the shell's open dialog (Word, Markdown or text):
 * a handle for the import commands, and the path to show. `POLICYBOOK_OPEN_FILE` answers without
 * a dialog (for automation and the end-to-end tests).
 */
export function chooseImportFile(filterName: string): Promise<SaveTarget | null> {
  return call('choose_import_file', { filter_name: filterName });
}

/**
 * The policies the file would make (nothing is written), off the window's thread.
 */
export function importPreview(request: ImportRequest): Promise<Array<Preview>> {
  return call('import_preview', { request });
}

/**
 * Imports the file, all or nothing, by the user.
 */
export function importFile(request: ImportRequest): Promise<ImportReport> {
  return call('import_file', { request });
}

export function listPolicies(): Promise<Array<PolicySummary>> {
  return call('list_policies');
}

export function getRevision(args: { id: string; lang?: Lang | null; rev?: number | null }): Promise<Revision> {
  return call('get_revision', args);
}

/**
 * The text in force in a language (the newest approved revision), with its approval; none when
 * nothing is approved there.
 */
export function inForce(args: { id: string; lang: Lang }): Promise<InForce | null> {
  return call('in_force', args);
}

/**
 * Fills the (empty) handbook with the demo policies, on the user's request.
 */
export function installDemo(): Promise<number> {
  return call('install_demo');
}

export function history(args: { id: string; lang?: Lang | null }): Promise<Array<RevisionInfo>> {
  return call('history', args);
}

/**
 * The preview: Markdown rendered and sanitised by the core, with the handbook's own pictures.
 */
export function renderMarkdown(md: string): Promise<string> {
  return call('render_markdown', { md });
}

/**
 * Stores a picture pasted or dropped into the editor: its bytes (the request's raw body), never
 * a path.
 */
export function addImage(body: Uint8Array): Promise<StoredImage> {
  return call('add_image', body);
}

export function createPolicy(policy: NewPolicy): Promise<void> {
  return call('create_policy', { policy });
}

/**
 * Saves a new revision of a policy-language; its number.
 */
export function saveRevision(draft: DraftRequest): Promise<number> {
  return call('save_revision', { draft });
}

export function autosave(args: { id: string; lang: Lang; title: string; body: string }): Promise<void> {
  return call('autosave', args);
}

export function autosaved(args: { id: string; lang: Lang }): Promise<Autosaved | null> {
  return call('autosaved', args);
}

export function discardAutosave(args: { id: string; lang: Lang }): Promise<void> {
  return call('discard_autosave', args);
}

export function diff(args: { id: string; lang: Lang; from: number; to: number }): Promise<RevisionDiff> {
  return call('diff', args);
}

export function translations(): Promise<Array<PolicyTranslations>> {
  return call('translations');
}

/**
 * What the source of a stale translation said since the revision it translates (none: the
 * translation is not stale).
 */
export function translationChanges(args: { id: string; lang: Lang }): Promise<SourceChanges | null> {
  return call('translation_changes', args);
}

/**
 * Submits, approves or rejects the revision the window shows (refused if another was saved
 * meanwhile); the revision's number.
 */
export function act(request: ActRequest): Promise<number> {
  return call('act', { request });
}

/**
 * What the user may do to the revision on screen (the buttons the window offers), and whether
 * they wrote it (the hint beside Approve). The core still decides when they act.
 */
export function reviewOptions(args: { id: string; lang: Lang; revision: number }): Promise<Options> {
  return call('review_options', args);
}

/**
 * The window's reader's unread policies, in `lang` where a policy has approved text in it.
 */
export function unread(lang?: Lang | null): Promise<UnreadList> {
  return call('unread', { lang });
}

/**
 * "I have read and understood" the revision on screen (refused if it is no longer in force).
 */
export function ack(args: { id: string; lang: Lang; revision: number }): Promise<Acknowledged> {
  return call('ack', args);
}

/**
 * Who acknowledged what and who is overdue (today, or as of a day).
 */
export function acksReport(args: { id?: string | null; as_of?: string | null } = {}): Promise<Report> {
  return call('acks_report', args);
}

/**
 * Writes the acknowledgement report as a Word document where the user chose (in the shell's
 * own save dialog), labelled in `lang`.
 */
export function exportAcks(args: { target: string; lang: Lang; as_of?: string | null }): Promise<void> {
  return call('export_acks', args);
}

/**
 * Sets the days staff have to acknowledge an approved policy (the core checks the range).
 */
export function setAckDueDays(days: number): Promise<void> {
  return call('set_ack_due_days', { days });
}

/**
 * Whom a policy concerns (no group: everyone).
 */
export function audience(id: string): Promise<Array<string>> {
  return call('audience', { id });
}

/**
 * Sets whom a policy concerns (managers; the core decides).
 */
export function setAudience(args: { id: string; groups: Array<string> }): Promise<Array<string>> {
  return call('set_audience', args);
}

/**
 * The readers and their groups.
 */
export function readers(): Promise<Array<Reader>> {
  return call('readers');
}

/**
 * Sets a reader's groups (a local list: adds the name; a signed handbook: an admin's change).
 */
export function setReaderGroups(args: { name: string; groups: Array<string> }): Promise<Reader> {
  return call('set_reader_groups', args);
}

export function due(withinDays: number): Promise<Array<Due>> {
  return call('due', { within_days: withinDays });
}

/**
 * Writes the reviews due in the coming year as an iCalendar file where the user chose.
 */
export function exportIcs(target: string): Promise<void> {
  return call('export_ics', { target });
}

/**
 * The policies that match, best first.
 */
export function search(query: SearchRequest): Promise<Array<Hit>> {
  return call('search', { query });
}

/**
 * Exports the handbook off the window's thread, reporting "export-progress" events.
 */
export function exportHandbook(request: ExportRequest): Promise<Exported> {
  return call('export_handbook', { request });
}

export function exportRedline(args: { id: string; lang: Lang; from: number; to: number; target: string }): Promise<void> {
  return call('export_redline', args);
}

/**
 * The native save dialog, offering `default_path` (a file name) with a filter: the chosen file's
 * handle and the path to show, or none when the user cancels.
 */
export function chooseSavePath(args: { default_path: string; filter_name: string; extensions: Array<string> }): Promise<SaveTarget | null> {
  return call('choose_save_path', args);
}
