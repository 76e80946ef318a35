// The stories page has no server. The upload states send to web-test-runner's test endpoints
// (/__test__/201, /__test__/413, /__test__/hang, /__test__/drop); here the page answers them
// itself, the way web-test-runner.config.mjs does, so those states look the same in Storybook.
// Every other request goes to the network unchanged.

const TEST_PATH = /^\/__test__\/(\w+)/;

class TestEndpointXhr extends XMLHttpRequest {
  #what = '';
  #settled = false;

  override open(
    method: string,
    url: string | URL,
    async = true,
    user?: string | null,
    password?: string | null,
  ): void {
    this.#what = TEST_PATH.exec(new URL(url, location.href).pathname)?.[1] ?? '';
    super.open(method, url, async, user, password);
  }

  override send(body?: Document | XMLHttpRequestBodyInit | null): void {
    if (!this.#what) return super.send(body);
    if (this.#what === 'hang') return; // never answers; abort() still works
    setTimeout(() => {
      if (this.#settled) return;
      this.#settled = true;
      if (this.#what === 'drop') return void this.dispatchEvent(new ProgressEvent('error'));
      const status = Number(this.#what) || 404;
      const response = JSON.stringify(
        status < 300 ? { id: 'REQ-1234' } : { error: `status ${status}` },
      );
      Object.defineProperty(this, 'status', { value: status });
      Object.defineProperty(this, 'responseText', { value: response });
      this.dispatchEvent(new ProgressEvent('load'));
    }, 50);
  }

  override abort(): void {
    if (!this.#what) return super.abort();
    if (this.#settled) return;
    this.#settled = true;
    this.dispatchEvent(new ProgressEvent('abort'));
  }

  override getResponseHeader(name: string): string | null {
    return this.#what ? null : super.getResponseHeader(name);
  }
}

/** Makes the page answer /__test__/ uploads itself (Storybook only; tests use the real endpoints). */
export function answerTestEndpoints(): void {
  window.XMLHttpRequest = TestEndpointXhr;
}
