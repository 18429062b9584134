// Devices & rooms: which device stands in which room (inferred from device names, always correctable),
// room names, kinds and privacy. A change applies to every capture of that device or room at once.

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOM_KINDS, type RoomKind } from '../../../shared/model';
import {
  captureCountsByDevice,
  createRoom,
  listDevices,
  listRooms,
  setDeviceRoom,
  updateRoom,
} from '../../db/repos/rooms';
import { useLibraryVersion } from '../../library/LibraryProvider';
import './devices.css';
import { StatusMessages } from '../../components/StatusMessages';

export function DevicesScreen() {
  const { t, i18n } = useTranslation();
  const version = useLibraryVersion();
  const devices = useLiveQuery(listDevices, [version], []);
  const rooms = useLiveQuery(listRooms, [version], []);
  const counts = useLiveQuery(captureCountsByDevice, [version], new Map<string, number>());
  const [newRoom, setNewRoom] = useState({ name: '', kind: 'other' as RoomKind });
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const n = (v: number) => v.toLocaleString(i18n.language);
  // "Not registered" only means something for a provider whose registration list was imported.
  const withRegistration = new Set(devices.filter((d) => d.registered).map((d) => d.provider));

  const run = (action: Promise<unknown>, message: string) =>
    void action.then(
      () => {
        setError(null);
        setSaved(message);
      },
      (e: unknown) => setError((e as Error).message),
    );

  return (
    <section className="screen devices-screen">
      <h1>{t('nav.devices')}</h1>
      <p className="muted">{t('devices.lead')}</p>
      <StatusMessages error={error} notice={saved} noticeTestId="devices-saved" />
      <div className="card">
        <h2>{t('devices.devices')}</h2>
        {!devices.length ? <p className="muted">{t('devices.none')}</p> : null}
        <table className="data-table" data-testid="devices-table">
          <thead>
            <tr>
              <th>{t('devices.name')}</th>
              <th>{t('devices.model')}</th>
              <th>{t('devices.registered')}</th>
              <th>{t('devices.captures')}</th>
              <th>{t('devices.room')}</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => (
              <tr key={device.id} data-testid="device-row">
                <td>
                  <strong>{device.name}</strong>
                  <div className="muted mono">{device.id}</div>
                </td>
                <td>{device.model ?? '—'}</td>
                <td>
                  {device.registered ? (
                    t('devices.yes')
                  ) : withRegistration.has(device.provider) ? (
                    <span className="chip chip-warn">{t('import.unregistered')}</span>
                  ) : (
                    <span className="muted">{t('devices.unknownRegistration')}</span>
                  )}
                </td>
                <td>{n(counts.get(device.id) ?? 0)}</td>
                <td>
                  <select
                    value={device.roomId ?? ''}
                    aria-label={t('devices.roomOf', { device: device.name })}
                    data-testid="device-room"
                    onChange={(e) =>
                      run(
                        setDeviceRoom(device.id, e.target.value || null),
                        t('devices.savedDevice', { device: device.name }),
                      )
                    }
                  >
                    <option value="">{t('clip.noRoom')}</option>
                    {rooms.map((room) => (
                      <option key={room.id} value={room.id}>
                        {room.name}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card">
        <h2>{t('devices.rooms')}</h2>
        <table className="data-table" data-testid="rooms-table">
          <thead>
            <tr>
              <th>{t('devices.roomName')}</th>
              <th>{t('devices.kind')}</th>
              <th>{t('devices.private')}</th>
            </tr>
          </thead>
          <tbody>
            {rooms.map((room) => (
              <tr key={room.id} data-testid="room-row">
                <td>
                  <input
                    defaultValue={room.name}
                    aria-label={t('devices.roomName')}
                    data-testid="room-name"
                    onBlur={(e) => {
                      if (e.target.value.trim() && e.target.value !== room.name)
                        run(
                          updateRoom(room.id, { name: e.target.value }),
                          t('devices.savedRoom', { room: e.target.value }),
                        );
                    }}
                  />
                </td>
                <td>
                  <select
                    value={room.kind}
                    onChange={(e) =>
                      run(
                        updateRoom(room.id, { kind: e.target.value as RoomKind }),
                        t('devices.savedRoom', { room: room.name }),
                      )
                    }
                    aria-label={t('devices.kind')}
                  >
                    {ROOM_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`roomKinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="checkbox"
                    checked={room.private}
                    aria-label={t('devices.privateOf', { room: room.name })}
                    onChange={(e) =>
                      run(
                        updateRoom(room.id, { private: e.target.checked }),
                        t('devices.savedRoom', { room: room.name }),
                      )
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form
          className="new-room"
          onSubmit={(e) => {
            e.preventDefault();
            run(createRoom(newRoom.name, newRoom.kind), t('devices.savedRoom', { room: newRoom.name }));
            setNewRoom({ name: '', kind: 'other' });
          }}
        >
          <input
            value={newRoom.name}
            onChange={(e) => setNewRoom((r) => ({ ...r, name: e.target.value }))}
            placeholder={t('devices.newRoom')}
            aria-label={t('devices.newRoom')}
          />
          <select
            value={newRoom.kind}
            onChange={(e) => setNewRoom((r) => ({ ...r, kind: e.target.value as RoomKind }))}
            aria-label={t('devices.kind')}
          >
            {ROOM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`roomKinds.${kind}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="btn" disabled={!newRoom.name.trim()}>
            {t('devices.addRoom')}
          </button>
        </form>
      </div>
    </section>
  );
}
