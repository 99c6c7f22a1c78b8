// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readBodyText } from '../../../../src/extension/content/body-text.ts';

const none = () => false;

describe('body text with a map back to the page', () => {
  it('adds line breaks for <br> and blocks, skips scripts and ignored elements', () => {
    document.body.innerHTML = `<div id="b"><p>Delivery failed:</p>550 5.1.1 <b>user</b> unknown<br>bye<script>var x=1</script><span class="own">ours</span></div>`;
    const body = readBodyText(document.getElementById('b') as Element, (el) => el.classList.contains('own'));
    expect(body.text).toBe('Delivery failed:\n550 5.1.1 user unknown\nbye');
  });
  it('maps a span across several text nodes to a Range over exactly that text', () => {
    document.body.innerHTML = `<div id="b"><p>Intro</p>550 5.1.1 <b>user</b> unknown<br>end</div>`;
    const body = readBodyText(document.getElementById('b') as Element, none);
    const start = body.text.indexOf('5.1.1');
    const end = body.text.indexOf(' unknown') + ' unknown'.length;
    expect(rangeFor(body, start, end)?.toString()).toBe('5.1.1 user unknown');
  });
  it('gives no range for an empty span or one outside the text', () => {
    document.body.innerHTML = `<div id="b">abc</div>`;
    const body = readBodyText(document.getElementById('b') as Element, none);
    expect(rangeFor(body, 1, 1)).toBeNull();
    expect(rangeFor(body, 10, 12)).toBeNull();
  });
});

describe('source whitespace', () => {
  it('renders as the page does: line breaks become spaces, a line does not start with them, <pre> keeps them', () => {
    document.body.innerHTML = `<div id="b">550 Unknown user<br>\n   . (#5.5.0)<br><br>\nnext<pre>a\n b</pre></div>`;
    const body = readBodyText(document.getElementById('b') as Element, none);
    expect(body.text).toBe('550 Unknown user\n. (#5.5.0)\n\nnext\na\n b\n');
  });
  it('still maps ranges onto the right characters after dropped whitespace', () => {
    document.body.innerHTML = `<div id="b">first<br>\n    550 5.1.1 gone</div>`;
    const body = readBodyText(document.getElementById('b') as Element, none);
    const at = body.text.indexOf('5.1.1');
    expect(rangeFor(body, at, at + 5)?.toString()).toBe('5.1.1');
  });
});

describe('tables', () => {
  it('keep the cells of a row on one line', () => {
    document.body.innerHTML = `<table id="b"><tr><td>Subject:</td><td>failure notice</td></tr><tr><td>From:</td><td>MAILER-DAEMON</td></tr></table>`;
    expect(readBodyText(document.getElementById('b') as Element, none).text).toBe('Subject: failure notice \nFrom: MAILER-DAEMON \n');
  });
});
