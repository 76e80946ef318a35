import { expect } from '@open-wc/testing';
import { multipartBody } from '../../src/core/multipart.js';

async function text(body: Blob): Promise<string> {
  return new TextDecoder().decode(await body.arrayBuffer());
}

describe('core/multipart', () => {
  it('writes fields first, then the file with its name and type', async () => {
    const file = new File(['%PDF-1.7'], 'cv.pdf', { type: 'application/pdf' });
    const { body, type } = multipartBody({ key: 'resumes/1', policy: 'p' }, 'file', file, 'BOUND');
    expect(type).to.equal('multipart/form-data; boundary=BOUND');
    expect(await text(body)).to.equal(
      '--BOUND\r\nContent-Disposition: form-data; name="key"\r\n\r\nresumes/1\r\n' +
        '--BOUND\r\nContent-Disposition: form-data; name="policy"\r\n\r\np\r\n' +
        '--BOUND\r\nContent-Disposition: form-data; name="file"; filename="cv.pdf"\r\n' +
        'Content-Type: application/pdf\r\n\r\n%PDF-1.7\r\n--BOUND--\r\n',
    );
  });

  it('parses the same as FormData would be read by the browser', async () => {
    const file = new File(['hello'], 'Lebenslauf – Müller.txt', { type: 'text/plain' });
    const { body, type } = multipartBody({ a: '1' }, 'resume', file);
    const parsed = await new Response(body, { headers: { 'Content-Type': type } }).formData();
    expect(parsed.get('a')).to.equal('1');
    const got = parsed.get('resume') as File;
    expect(got.name).to.equal('Lebenslauf – Müller.txt');
    expect(await got.text()).to.equal('hello');
  });

  it('escapes quotes and line breaks in names as browsers do', async () => {
    const file = new File(['x'], 'a"b\nc.txt');
    const { body } = multipartBody({}, 'f"x', file, 'B');
    expect(await text(body)).to.contain('name="f%22x"; filename="a%22b%0D%0Ac.txt"');
    expect(await text(body)).to.contain('Content-Type: application/octet-stream');
  });

  it('uses a fresh random boundary each time', () => {
    const file = new File(['x'], 'a.txt');
    expect(multipartBody({}, 'f', file).type).not.to.equal(multipartBody({}, 'f', file).type);
  });
});
