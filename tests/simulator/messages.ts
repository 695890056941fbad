import { ApiError, type UploadedFile } from './rest.ts';
import { snowflake, type SimChannel, type SimMessage } from './state.ts';
import { SimPayloads } from './payloads.ts';

/** Messages under Discord's rules: length, files, empty messages and who a mention pings. */
export class SimMessages extends SimPayloads {
  /** The largest file a message may carry, as interactions tell the bot (attachment_size_limit). */
  attachmentSizeLimit = 10_485_760;
  /** Messages of the bot that could ping @everyone, @here or a role. */
  readonly unsafeMentions: SimMessage[] = [];

  messagesIn(channelId: string): SimMessage[] {
    return this.messages.get(channelId) ?? [];
  }

  /** Messages everyone in the channel sees (not ephemeral interaction replies). */
  publicMessages(channelId: string): SimMessage[] {
    return this.messagesIn(channelId).filter((m) => (m.flags & 64) === 0);
  }

  storeMessage(
    channel: SimChannel,
    authorId: string,
    body: any,
    options: { interactionId?: string; ephemeral?: boolean; allowEmpty?: boolean; files?: UploadedFile[] } = {},
  ): SimMessage {
    const content = String(body.content ?? '');
    if (content.length > 2000)
      throw new ApiError(400, 50035, 'Invalid Form Body: content: Must be 2000 or fewer in length.');
    const embeds = body.embeds ?? [];
    const files = options.files ?? [];
    this.checkFiles(files);
    if (!options.allowEmpty && !content && embeds.length === 0 && !(body.components ?? []).length && files.length === 0)
      throw new ApiError(400, 50006, 'Cannot send an empty message');
    const at = this.clock.now();
    const message: SimMessage = {
      id: snowflake(at.getTime()),
      channelId: channel.id,
      authorId,
      content,
      embeds,
      components: body.components ?? [],
      nonce: body.nonce === undefined ? null : String(body.nonce),
      mentions: [],
      mentionEveryone: false,
      flags: Number(body.flags ?? 0) | (options.ephemeral ? 64 : 0),
      createdAt: at.toISOString(),
      editedAt: null,
      attachments: files.map((f) => ({
        id: snowflake(),
        filename: f.filename,
        contentType: f.contentType,
        data: f.data,
      })),
      ...(options.interactionId ? { interactionId: options.interactionId } : {}),
    };
    this.applyMentions(channel, message, body.allowed_mentions);
    this.messages.set(channel.id, [...this.messagesIn(channel.id), message]);
    return message;
  }

  /**
   * Discord's mention rules: with no allowed_mentions everything in the text pings; mentioned
   * members of the server are added to a private thread.
   */
  private applyMentions(
    channel: SimChannel,
    message: SimMessage,
    allowed: { parse?: string[]; users?: string[]; roles?: string[] } | undefined,
  ): void {
    if (message.flags & 64) return;
    const parse = allowed ? (allowed.parse ?? []) : ['users', 'roles', 'everyone'];
    const users = [...message.content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1] as string);
    message.mentions = users.filter((id) => parse.includes('users') || (allowed?.users ?? []).includes(id));
    message.mentionEveryone = parse.includes('everyone') && /@(everyone|here)/.test(message.content);
    const rolePing = /<@&\d+>/.test(message.content) && (parse.includes('roles') || (allowed?.roles ?? []).length > 0);
    if (message.mentionEveryone || rolePing) this.unsafeMentions.push(message);
    const guild = this.guilds.get(channel.guildId ?? '');
    if (channel.type === 12 && channel.thread && guild) {
      for (const id of message.mentions) if (guild.members.has(id)) channel.thread.members.add(id);
    }
  }

  /** Discord's limits on a message's files: ten at most, none larger than the size limit. */
  private checkFiles(files: UploadedFile[]): void {
    if (files.length > 10) throw new ApiError(400, 50035, 'Invalid Form Body: files: Must be 10 or fewer in length.');
    if (files.some((f) => f.data.length > this.attachmentSizeLimit))
      throw new ApiError(413, 40005, 'Request entity too large');
  }

  editMessage(message: SimMessage, body: any, files: UploadedFile[] = []): void {
    this.checkFiles(files);
    if (body.content !== undefined && body.content !== null) {
      if (String(body.content).length > 2000)
        throw new ApiError(400, 50035, 'Invalid Form Body: content: Must be 2000 or fewer in length.');
      message.content = String(body.content);
    }
    if (body.embeds) message.embeds = body.embeds;
    if (body.components) message.components = body.components;
    if (files.length)
      message.attachments = files.map((f) => ({
        id: snowflake(),
        filename: f.filename,
        contentType: f.contentType,
        data: f.data,
      }));
    else if (Array.isArray(body.attachments) && body.attachments.length === 0) message.attachments = [];
    message.editedAt = new Date().toISOString();
    const channel = this.channels.get(message.channelId);
    if (channel && body.content !== undefined) this.applyMentions(channel, message, body.allowed_mentions);
  }

  deleteMessage(message: SimMessage): void {
    this.messages.set(
      message.channelId,
      this.messagesIn(message.channelId).filter((m) => m !== message),
    );
  }
}
