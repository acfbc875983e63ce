// The placeholder of a video on a platform (partials/videos.html). Until the reader presses
// the button, nothing is loaded from the platform: the page shows the video's poster (from
// this site), a note and a link. Where this script runs, the button appears; pressing it puts
// the platform's player (its privacy-enhanced address, from `data-embed`) in the placeholder's
// place. Loaded only by pages with such a video, from this site.
for (const box of document.querySelectorAll('.video-external')) {
  const button = box.querySelector('.video-play');
  if (!button) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const frame = document.createElement('iframe');
    frame.src = box.dataset.embed;
    frame.title = box.dataset.title;
    frame.allow = 'autoplay; fullscreen; picture-in-picture';
    frame.allowFullscreen = true;
    frame.className = 'video-frame';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    box.replaceChildren(frame);
    frame.focus();
  });
}
