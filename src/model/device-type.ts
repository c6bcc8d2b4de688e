/** Devices seen with a record. Store devices (kiosks, tablets, POS terminals) are shared by many shoppers. */
export const DEVICE_TYPES = ['web_cookie', 'mobile_app', 'kiosk', 'store_tablet'] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

export const SHARED_DEVICE_TYPES: ReadonlySet<DeviceType> = new Set<DeviceType>(['kiosk', 'store_tablet']);
