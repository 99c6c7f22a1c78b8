// @vitest-environment happy-dom
import { describe, expect, it, beforeEach } from 'vitest';
import { adaptersFor } from '../../../../src/extension/content/adapters/index.ts';
import { roundcube, viewSourceUrl } from '../../../../src/extension/content/adapters/roundcube.ts';
import { gmail } from '../../../../src/extension/content/adapters/gmail.ts';
import { outlook } from '../../../../src/extension/content/adapters/outlook.ts';
import { yahoo } from '../../../../src/extension/content/adapters/yahoo.ts';
import { generic } from '../../../../src/extension/content/adapters/generic.ts';
import { BOUNCE_HTML } from './support.ts';

const at = (href: string) => new URL(href);

describe('adapter selection by location', () => {
  it('picks the webmail for its own hosts and the text detector elsewhere', () => {
    expect(adaptersFor(at('https://mail.google.com/mail/u/0/#inbox')).map((a) => a.id)).toEqual(['gmail']);
    expect(adaptersFor(at('https://outlook.office.com/mail/inbox')).map((a) => a.id)).toEqual(['outlook']);
    expect(adaptersFor(at('https://mail.example.com/owa/#path=/mail')).map((a) => a.id)).toEqual(['outlook']);
    expect(adaptersFor(at('https://uk.mail.yahoo.com/d/folders/1')).map((a) => a.id)).toEqual(['yahoo']);
    expect(adaptersFor(at('https://host.example:2096/cpsess1/3rdparty/roundcube/?_task=mail&_uid=4&_mbox=INBOX&_action=show')).map((a) => a.id)).toEqual(['roundcube']);
    expect(adaptersFor(at('https://webmail.example.org/imp/dynamic.php?page=mailbox')).map((a) => a.id)).toEqual(['generic']);
  });
  it('does not take a look-alike host for Gmail or Yahoo', () => {
    expect(gmail.matches(at('https://mail.google.com.evil.example/'))).toBe(false);
    expect(yahoo.matches(at('https://notmail.yahoo.com.example/'))).toBe(false);
  });
});

describe('finding bodies', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });
  it('Roundcube: #messagebody, from above, inside or at the root', () => {
    document.body.innerHTML = `<div id="layout-content"><div id="message-content"><div class="rightcol"><div id="messagebody"><div id="message-part1" class="message-part"><div class="pre">x</div></div></div></div></div></div>`;
    const body = document.getElementById('messagebody');
    expect(roundcube.findBodies(document.body)).toEqual([body]);
    expect(roundcube.findBodies(document.querySelector('.pre') as Element)).toEqual([body]);
  });
  it('Gmail: outermost .a3s inside .ii.gt only', () => {
    document.body.innerHTML = `<div class="adn ads" data-message-id="#m1"><div class="ii gt"><div class="a3s aiL" id="b1"><div class="a3s" id="quoted">q</div></div></div></div><div class="a3s" id="stray"></div>`;
    expect(gmail.findBodies(document.body).map((e) => e.id)).toEqual(['b1']);
  });
  it('Outlook: id prefix, whatever the hashed classes', () => {
    document.body.innerHTML = `<div class="_h1x"><div id="UniqueMessageBody_3" class="x9aZ">a</div></div><div id="MessageBody">b</div>`;
    expect(outlook.findBodies(document.body).map((e) => e.id)).toEqual(['UniqueMessageBody_3']);
  });
  it('Yahoo: the message view test id', () => {
    document.body.innerHTML = `<div data-test-id="message-view-body-content" id="y"><div class="msg-body">a</div></div>`;
    expect(yahoo.findBodies(document.body).map((e) => e.id)).toEqual(['y']);
  });
});

describe('generic text detector', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });
  it('finds the element holding a rendered bounce, not the page', () => {
    document.body.innerHTML = `<nav>Inbox Sent Drafts</nav><div id="view"><div id="msg">${BOUNCE_HTML}</div></div>`;
    const found = generic.findBodies(document.body);
    expect(found).toHaveLength(1);
    expect(found[0]?.textContent).toContain('550 5.1.1');
    expect(found[0]).not.toBe(document.body);
  });
  it('ignores an inbox without bounces and short subject lines that merely mention one', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<tr><td>Alice ${i}</td><td>Lunch on Friday?</td></tr>`).join('');
    document.body.innerHTML = `<table>${rows}<tr><td>MAILER-DAEMON</td><td>Undelivered Mail</td></tr></table>`;
    expect(generic.findBodies(document.body)).toEqual([]);
  });
});

describe('Roundcube raw source URL', () => {
  it('is the same-origin viewsource of the shown message', () => {
    const url = viewSourceUrl('https://h.example:2096/cpsess9/3rdparty/roundcube/?_task=mail&_uid=42&_mbox=INBOX&_framed=1&_action=preview');
    expect(url).toBe('https://h.example:2096/cpsess9/3rdparty/roundcube/?_task=mail&_action=viewsource&_uid=42&_mbox=INBOX');
  });
  it('is null without a message uid', () => {
    expect(viewSourceUrl('https://h.example/?_task=mail&_mbox=INBOX')).toBeNull();
    expect(viewSourceUrl('https://h.example/?_task=mail&_mbox=INBOX&_uid=1%26_action%3Dx')).toBeNull();
  });
});
