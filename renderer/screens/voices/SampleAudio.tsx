// One sample clip of a voice as a plain <audio> element (no autoplay). The app's single wavesurfer
// instance belongs to the clip player; a few short samples need no waveform.

import { useEffect, useState } from 'react';
import { getAudio } from '../../db/repos/clips';

export function SampleAudio({ clipId, label }: { clipId: string; label: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let created: string | null = null;
    let cancelled = false;
    void getAudio(clipId).then((row) => {
      if (cancelled || !row) return;
      created = URL.createObjectURL(row.blob);
      setUrl(created);
    });
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [clipId]);
  if (!url) return null;
  return <audio controls preload="none" src={url} aria-label={label} data-testid="voice-sample" />;
}
