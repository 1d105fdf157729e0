// The service centre itself: DESIGN.md problem 5 is that centres publish little about
// themselves. The footer of every page carries where, when and how to call.

export const centre = {
  name: '云溪区政务服务中心',
  address: '云溪区望江东路188号',
  hours: ['周一至周五 9:00—12:00，13:30—17:00', '周六 9:00—12:00（法定节假日除外）'],
  phones: [
    { label: '咨询电话', number: '0571-86012000' },
    { label: '政务服务便民热线', number: '12345' },
  ],
  area: '云溪区',
} as const;
