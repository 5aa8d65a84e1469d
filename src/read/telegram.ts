import { InputError } from '../errors.js';
import type { ChannelInfo, PostInfo } from '../doc/json.js';
import { checkTextSize, isJsonObject, type JsonObject, type RecordInput } from './record.js';

/**
 * Telegram Desktop channel exports (`result.json`, "Export chat history" as JSON):
 *
 *   { "name": "...", "type": "public_channel", "id": 1234567890,
 *     "messages": [ { "id": 17, "type": "message", "date": "2023-10-07T06:30:00",
 *                     "text": "plain" | ["plain", { "type": "bold", "text": "bold" }, ...],
 *                     "forwarded_from"?: "...", "views"?: 1200, "reply_to_message_id"?: 12,
 *                     "author"?: "signature", ... }, ... ] }
 *
 * Each message of type 'message' with text is one document. Service messages (channel created,
 * pinned, ...), messages of other types and messages without text (a photo or sticker alone)
 * are skipped and counted. A message of type 'message' whose shape is wrong yields an
 * InputError naming `path#message ID` and the others go on.
 *
 * Decisions: the title is null (posts have none, and none is invented); `published` is the
 * export's `date` as written (the exporting machine's local time, without an offset);
 * `author` is the post signature when the channel signs posts.
 */

/** A top-level object with a `messages` array. */
export function isTelegramExport(value: JsonObject): boolean {
  return Array.isArray(value.messages);
}

export interface TelegramSkipped {
  /** type 'service': joins, pins, title changes. */
  service: number;
  /** any type other than 'message' and 'service'. */
  otherType: number;
  /** Those other types by name, with their counts. */
  otherTypes?: Record<string, number>;
  /** type 'message' with no text (media alone). */
  noText: number;
}

/** The channel named at the top of an export. */
export function channelOf(value: JsonObject): ChannelInfo {
  const id = value.id;
  return {
    name: typeof value.name === 'string' && value.name.trim() !== '' ? value.name.trim() : null,
    id: typeof id === 'number' && Number.isFinite(id) ? String(id) : typeof id === 'string' && id.trim() !== '' ? id.trim() : null,
    type: typeof value.type === 'string' && value.type !== '' ? value.type : null,
  };
}

/**
 * The documents of a Telegram export, in message order. `label` names the file in messages;
 * `maxBytes` caps each message's text. `skipped` is filled in as messages are passed over.
 */
export function* readTelegramExport(
  value: JsonObject,
  label: string,
  opts: { maxBytes: number; skipped?: TelegramSkipped },
): Generator<RecordInput | InputError> {
  const channel = channelOf(value);
  const messages = value.messages as unknown[];
  const skipped = opts.skipped ?? { service: 0, otherType: 0, noText: 0 };
  for (let index = 0; index < messages.length; index++) {
    try {
      const item = readMessage(messages[index], index, label, channel, opts.maxBytes, skipped);
      if (item) yield item;
    } catch (err) {
      if (err instanceof InputError) yield err;
      else throw err;
    }
  }
}

const SHAPE_HINT = 'a Telegram export message has a numeric "id", a "date" string and a "text" string or array';

function readMessage(
  message: unknown,
  index: number,
  label: string,
  channel: ChannelInfo,
  maxBytes: number,
  skipped: TelegramSkipped,
): RecordInput | null {
  if (!isJsonObject(message)) throw new InputError(`${label}#messages[${index}]`, 'E_RECORD', 'is not a JSON object', SHAPE_HINT);
  const id = messageId(message.id);
  const input = id === null ? `${label}#messages[${index}]` : `${label}#message ${id}`;
  if (typeof message.type !== 'string') throw new InputError(input, 'E_RECORD', 'has no "type" string', SHAPE_HINT);
  if (message.type === 'service') {
    skipped.service++;
    return null;
  }
  if (message.type !== 'message') {
    skipped.otherType++;
    if (skipped.otherTypes) skipped.otherTypes[message.type] = (skipped.otherTypes[message.type] ?? 0) + 1;
    return null;
  }
  if (id === null) throw new InputError(input, 'E_RECORD', 'has no numeric "id"', SHAPE_HINT);
  if (typeof message.date !== 'string' || message.date.trim() === '') {
    throw new InputError(input, 'E_RECORD', 'has no "date" string', SHAPE_HINT);
  }
  const text = messageText(message.text, input);
  if (text.trim() === '') {
    skipped.noText++;
    return null;
  }
  checkTextSize(text, input, maxBytes);
  const post: PostInfo = {
    id,
    views: typeof message.views === 'number' && Number.isFinite(message.views) ? message.views : null,
    forwardedFrom: typeof message.forwarded_from === 'string' && message.forwarded_from.trim() !== '' ? message.forwarded_from.trim() : null,
    replyTo: messageId(message.reply_to_message_id),
  };
  return {
    input,
    index,
    record: {
      id: String(id),
      title: null,
      text,
      published: message.date.trim(),
      url: null,
      site: channel.name,
      author: typeof message.author === 'string' && message.author.trim() !== '' ? message.author.trim() : null,
      channel,
      post,
    },
  };
}

/** A message id: an integer, or an integer written as a string; null otherwise. */
function messageId(value: unknown): number | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim())) return Number(value.trim());
  return null;
}

/**
 * The text of a message exactly as shown: a string, or the concatenation of an array's parts
 * (plain strings and entity objects — bold, link, hashtag, mention ... — each with its `text`).
 */
function messageText(value: unknown, input: string): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) {
    throw new InputError(input, 'E_RECORD', `has a "text" that is ${describe(value)}, not a string or an array`, SHAPE_HINT);
  }
  let text = '';
  for (let i = 0; i < value.length; i++) {
    const part = value[i];
    if (typeof part === 'string') text += part;
    else if (isJsonObject(part) && typeof part.text === 'string') text += part.text;
    else throw new InputError(input, 'E_RECORD', `has a "text" part (${i}) that is neither a string nor a {type, text} entity`, SHAPE_HINT);
  }
  return text;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
