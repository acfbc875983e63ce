// The copy-link button of the share links (partials/share.html). The page shows the address as
// text; where this script runs and the browser lets a page write to the clipboard, the button
// appears beside it and copies it, saying so in the status line next to it. Loaded only by
// pages with share links, from this site (never a third party).
for (const button of document.querySelectorAll('.share-copy')) {
  if (!navigator.clipboard?.writeText) continue;
  const status = button.parentElement.querySelector('.share-status');
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.url);
      status.textContent = button.dataset.copied;
    } catch {
      status.textContent = button.dataset.failed;
    }
  });
}
