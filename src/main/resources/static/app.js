/* Shared by the application's pages: calls to /api with the Tasklist login session, and safe HTML. */
'use strict';

const Tracker = (() => {
  const TASKLIST = '/camunda/app/tasklist/default/';

  /** An answer of the API that is not a success: status 401, 403, 404 ..., with the API's sentence. */
  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /**
   * GET from /api with the session of this browser. Asked as XMLHttpRequest, so that without a session the API
   * answers 401 without opening the browser's password dialog. Throws an ApiError unless the answer is a success.
   */
  async function request(path, accept = 'application/json') {
    const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: accept, 'X-Requested-With': 'XMLHttpRequest' } });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new ApiError(response.status, body.message || ('The server answered ' + response.status));
    }
    return response;
  }

  /** GET a JSON resource of /api. */
  async function api(path) {
    return (await request(path)).json();
  }

  function escape(value) {
    return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  /** The business key inside a figure's key ("EC-2026-000001/CASE_REVIEW/1" is about EC-2026-000001). */
  function businessKeyOf(key) {
    return String(key).split('/')[0];
  }

  /** A link to the readable view of one tracked item. */
  function itemLink(key) {
    return '<a href="/item.html?key=' + encodeURIComponent(businessKeyOf(key)) + '">' + escape(key) + '</a>';
  }

  /** What to tell the person when the API refuses: log in, or this is not for your role. */
  function refusal(error, forbiddenText) {
    if (error.status === 401) {
      return 'You are not logged in. <a href="' + TASKLIST + '">Log in to Tasklist</a> in this browser, then come back to this page.';
    }
    if (error.status === 403) {
      return escape(forbiddenText);
    }
    return escape(error.message);
  }

  return { api, request, escape, itemLink, refusal };
})();
