// The one /v1 client the pages' scripts share (interpolated into each): the key from this tab's
// sessionStorage as a bearer token, JSON in and out, and a problem+json answer thrown as an Error
// whose message is its title and detail.
export const API_CLIENT_JS = `const key = () => sessionStorage.getItem("skillforge.key") || "";
async function api(method, path, body) {
  const headers = { authorization: "Bearer " + key() };
  if (body !== undefined) headers["content-type"] = "application/json";
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = r.status === 204 ? {} : await r.json();
  if (!r.ok) throw new Error((data.title || "Error") + (data.detail ? ": " + data.detail : ""));
  return data;
}
`;
